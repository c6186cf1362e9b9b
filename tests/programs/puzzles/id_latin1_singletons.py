s = "hello"
print("!" is chr(33), "é" is chr(233), "g" is chr(103), "x" is chr(120), "0" is chr(48))
print(s[0] is chr(104), s[1:2] is chr(101), s[::4][1:] is "o", list(s)[2] is chr(108), s.split("e")[0] is chr(104))
print(str(5) is chr(53), "A".lower() is chr(97), "".join(["a", ""]) is chr(97), " q ".strip() is chr(113), f"{s[0]}" is s[0])
print(str() is "", "".join([]) is "", s[5:] is "", "x".strip("x") is "", "abc".replace("abc", "") is "", str(s[0:0]) is "", "a"*0 is "", s.lower()[0:0] is "")
import sys
print(sys.intern(chr(97)) is chr(97), sys.intern(chr(103)) is chr(103), "%s" % s is s, "{}".format(s) is s, "".join([s]) is s, s + "" is s)

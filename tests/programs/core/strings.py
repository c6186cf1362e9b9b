# str methods, slicing, unicode, reprs
s = "Hello, Wörld! 你好 😀"
print(s, len(s), s[7], s[-1], s[::-1], s[2:9:2], repr(s), s.upper(), s.lower())
print("a,b,,c".split(","), "  a  b c ".split(), "a b c".split(None, 1), "x".join("abc"), "abc".find("c"))
print(repr("it's"), repr('say "hi"'), repr("both ' and \""), repr("tab\tnl\n\\"), repr("\x00\x7f\xa0\u200b"))
print("abc".replace("b", "BB"), "aaa".replace("a", "b", 2), "  pad ".strip(), "xxhixx".strip("x"))
print("Title case words".title(), "hello".capitalize(), "MiXeD".swapcase(), "abc".center(9, "*"), "7".zfill(3))
print("a" in "cat", "dog" not in "cat", "ab" * 3, "a" < "b", "Z" < "a", "é" > "z", "abc".startswith(("x", "a")))
print("one\ntwo\nthree".splitlines(), "k=v=w".partition("="), "k=v=w".rpartition("="), "abcabc".count("bc"))
print(str(b"bytes"), b"a\x00\xff'", list(b"hi"), "é".encode(), b"\xc3\xa9".decode(), bytes([65, 66]))
words = ["pear", "apple", "fig"]
print(sorted(words), max(words), min(words), ", ".join(sorted(words, reverse=True)))
print("%s|%-6s|%6s|%.2s" % ("a", "left", "right", "truncate"), f"{'centre':^10}|", "{".join(["a", "b"]))
for ch in "añ😀":
    print(ch, ord(ch), hex(ord(ch)), chr(ord(ch)))
print("isdigit", "123".isdigit(), "12a".isalnum(), "  ".isspace(), "abc".isalpha(), "ABC".isupper())

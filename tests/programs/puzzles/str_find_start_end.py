s = "hello world, hello"
print(s.find("hello", 1), s.find("o", 5, 8), s.rfind("hello", 0, 10), s.count("l", 3), s.count("l", -5), s.count("", 2, 5), s.count("", 30))
print(s.startswith("world", 6), s.startswith("world", 6, 8), s.endswith("hello", 0, 5), s.endswith(("x", "lo"), -3), "abc".startswith("", 3), "abc".startswith("", 4))
print(s.index("hello", 2), s.rindex("l", 0, -3), s.find("", 30), s.find("", 18), s.find("h", None, None), s.find("d", -100, 100))
try: s.index("zz", 3)
except ValueError as e: print(e)
print("ħéllo".find("l", 2), "ħéllo".count("l", 3), "ħéllo".startswith("é", 1))
print("STRASSE".casefold())

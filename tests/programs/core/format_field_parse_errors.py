# parse_field() / MarkupIterator_next(): str.format's field syntax errors, in the order
# CPython checks them.
for s in ["{!}", "{0!}", "{!r", "{0!r:", "{!rr}", "{a!}", "{0", "{0:", "{0[", "{0[}]}", "{a{b}}",
          "{0!r}", "{0!:}", "{0!r:>5}", "{!s:{}}", "{0:{1}}", "{", "}", "x}y", "{0]}", "{0!x}",
          "{0:{{}}}", "{0:}}"]:
    try:
        print(repr(s.format("q", 7, a=2, **{"}": 5})))
    except Exception as e:
        print(type(e).__name__, e)
print("{0[}]}".format({"}": 5}))

# The string module's constants (one object each; the literal ones interned).
import string
from string import digits, ascii_lowercase
print(repr(string.whitespace), string.ascii_lowercase, string.ascii_uppercase, string.ascii_letters)
print(string.digits, string.hexdigits, string.octdigits, string.punctuation)
print(repr(string.printable), len(string.printable))
lit_digits = "0123456789"
lit_lower = "abcdefghijklmnopqrstuvwxyz"
lit_punct = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"
print(string.digits is digits, digits is lit_digits, ascii_lowercase is lit_lower)
print(string.punctuation is lit_punct, string.punctuation == lit_punct, string.ascii_letters is string.ascii_letters)
counts = {c: i for i, c in enumerate(string.ascii_lowercase)}
print(counts, hash(string.digits), hash(string.printable))
print(sorted(set("hello world") & set(string.ascii_lowercase)))

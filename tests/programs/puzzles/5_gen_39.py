def tokenize(expr):
    tokens, num = [], ""
    for ch in expr:
        if ch.isdigit() or ch == ".":
            num += ch
        else:
            if num:
                tokens.append(float(num) if "." in num else int(num))
                num = ""
            if ch in "+-*/()":
                tokens.append(ch)
            elif not ch.isspace():
                raise ValueError(f"unexpected character {ch!r}")
    if num:
        tokens.append(float(num) if "." in num else int(num))
    return tokens

def parse_expr(tokens, pos=0):
    value, pos = parse_term(tokens, pos)
    while pos < len(tokens) and tokens[pos] in ("+", "-"):
        op = tokens[pos]
        rhs, pos = parse_term(tokens, pos + 1)
        value = value + rhs if op == "+" else value - rhs
    return value, pos

def parse_term(tokens, pos):
    value, pos = parse_atom(tokens, pos)
    while pos < len(tokens) and tokens[pos] in ("*", "/"):
        op = tokens[pos]
        rhs, pos = parse_atom(tokens, pos + 1)
        value = value * rhs if op == "*" else value / rhs
    return value, pos

def parse_atom(tokens, pos):
    tok = tokens[pos]
    if tok == "(":
        value, pos = parse_expr(tokens, pos + 1)
        return value, pos + 1
    if tok == "-":
        value, pos = parse_atom(tokens, pos + 1)
        return -value, pos
    return tok, pos + 1

for e in ["1 + 2 * 3", "(1 + 2) * 3", "10 / 4 - 1", "-(2.5 * 4) + 7", "2 * (3 + (4 - 1)) / 3", "8 / 0", "3 $ 4"]:
    try:
        print(f"{e:<24} = {parse_expr(tokenize(e))[0]!r}")
    except (ValueError, ZeroDivisionError) as err:
        print(f"{e:<24} ! {type(err).__name__}: {err}")
print(tokenize("12+3.5*(4)"))

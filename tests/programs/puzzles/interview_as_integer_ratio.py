print((0.5).as_integer_ratio(), (0.1).as_integer_ratio(), (-3.0).as_integer_ratio(), (0.0).as_integer_ratio(), (1e300).as_integer_ratio()[1], (5e-324).as_integer_ratio()[0])

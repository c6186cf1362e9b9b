# Only KeyboardInterrupt itself ends python3 by SIGINT (run_eval_code_obj() compares
# the exception's type with PyExc_KeyboardInterrupt): a subclass exits with status 1.
class Stop(KeyboardInterrupt):
    pass


print("before")
raise Stop("subclass")

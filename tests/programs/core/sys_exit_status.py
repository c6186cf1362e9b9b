# An uncaught SystemExit from sys.exit() with a message: the message goes to stderr, the
# exit status is 1, and finally blocks run on the way out.
import sys


def main(items):
    try:
        total = sum(items)
        print("total", total)
        if total > 5:
            sys.exit("total too large: %d" % total)
    finally:
        print("cleanup")


main([1, 2])
main([3, 4])
print("not reached")

import sys
import sys as system
print(sys.version_info >= (3, 8))
print(sys.version_info[:2], sys.version_info[:2] is sys.version_info[:2])
print(sys.version_info[0], sys.version_info.major, system.version_info.minor)
print(sys.version_info.releaselevel, sys.version_info.serial, sys.version_info[-1])
print((3, 8) <= sys.version_info < (3, 12), sys.version_info < (3, 11), sys.version_info == (3, 11))
print(sys.version_info[3:], sys.version_info[9:], sys.version_info[True])
if sys.version_info < (3, 10):
    print("old")
else:
    print("new enough")
print(sys.version_info >= (3, 10, 4), sys.version_info > (2, 99, 99))
print(f"{sys.version_info.major}.{sys.version_info.minor}")
print(sys.version_info[1:2], sys.version_info[-2:], sys.version_info[::4], sys.version_info[4:0:-3])
print(sys.version_info != ("a",), (3, 12) <= sys.version_info < (4,), (2, 7) < sys.version_info)
major = sys.version_info.major
print(type(major), major + 1, sys.version_info.releaselevel.upper())
try:
    print(sys.version_info[0:2][5])
except IndexError as e:
    print("IndexError:", e)

"""Writes the attribute names of CPython 3.11's built-in types (assets/cpython_type_attrs.txt).

pyxray refuses an attribute it lacks when CPython's type has it, and raises CPython's
AttributeError only when CPython would too; this list tells the two apart.

    python3 tests/probe/dump_type_attrs.py > assets/cpython_type_attrs.txt
"""
import collections
import types
import weakref

TYPES = [str, bytes, list, tuple, dict, set, frozenset, int, float, bool, complex,
         type(None), range, slice, types.FunctionType, types.GeneratorType,
         types.BuiltinFunctionType, types.MethodType, types.CodeType, types.FrameType,
         type({}.keys()), type({}.values()), type({}.items()), BaseException,
         weakref.ReferenceType, weakref.ProxyType, weakref.CallableProxyType,
         weakref.WeakValueDictionary, weakref.WeakKeyDictionary, weakref.finalize,
         weakref.KeyedRef, weakref.WeakSet, type, object,
         types.MemberDescriptorType, types.GetSetDescriptorType, types.MethodDescriptorType,
         types.MappingProxyType, types.CellType, types.TracebackType, property, staticmethod,
         classmethod, super, type(iter([])), type(iter(())), type(iter("")), type(iter({})),
         type(iter(range(1))), type(iter(set())), map, filter, zip, enumerate, reversed,
         type(None.__bool__), type(int.__add__), type(NotImplemented), bytearray,
         collections.defaultdict, collections.Counter, collections.deque]
for t in TYPES:
    print(t.__name__, " ".join(sorted(dir(t))))

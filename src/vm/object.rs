//! Simulated Python objects and the heap they live in.
//!
//! Objects live in an arena indexed by [`ObjId`]; nothing holds a Rust reference into it
//! across instructions, so frames, stacks and containers are plain data that can be
//! paused, copied and resumed. Each object has a stable simulated address (what `id()`
//! returns): a fixed base plus 32 bytes per arena slot, so a freed slot's address is reused
//! as CPython's allocator reuses memory. Real CPython addresses differ, so anything that
//! depends on an address (`id()`, the hash of `None` or of a plain object) is deterministic
//! here but not equal to CPython's.
//!
//! Memory is reclaimed by a mark-and-sweep pass at instruction boundaries. It is a
//! simulator implementation detail, not a model of CPython's collector (that model lives in
//! `models/`, with reference counts, in a later step).

use crate::models::dict::Dict;
use crate::models::list::{ExtendSource, ListAlloc, ListEvent};
use crate::models::set::SetTable;
use num_bigint::BigInt;
use std::cell::Cell;
use std::rc::Rc;

/// A handle to a heap object.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ObjId(pub u32);

/// The simulated base address of the arena.
pub const HEAP_BASE: u64 = 0x7f3a_1000_0000;
/// Simulated bytes per arena slot.
pub const SLOT_BYTES: u64 = 32;

/// Where the simulated `libpython3.11.so` is mapped: 2 MiB-aligned, below the arena.
pub const LIBPYTHON_BASE: u64 = 0x7f3a_0fe0_0000;

/// The offsets of the statically allocated objects `Vm::new` puts first (`None`, `True`,
/// `False`, `NotImplemented`) within a 2 MiB block, as in the CPython 3.11.7 build
/// these machines run: the loader maps `libpython3.11.so` 2 MiB-aligned, so the low 21
/// bits of `id(None)` are the same in every run (0x5bbe0; only the bits above change
/// with address-space randomization), and so are the low 17 bits of `hash(None)`
/// (`_Py_HashPointer()` rotates the address by 4). A table's first probe for `None` is
/// then CPython's whenever it has at most 2^17 slots.
const STATIC_OBJECT_OFFSETS: [u64; 4] = [0x5bbe0, 0x46f00, 0x46f20, 0x5ba30];

impl ObjId {
    /// The simulated address, `id(obj)`.
    pub fn address(self) -> u64 {
        match STATIC_OBJECT_OFFSETS.get(self.0 as usize) {
            Some(offset) => LIBPYTHON_BASE + offset,
            None => HEAP_BASE + self.0 as u64 * SLOT_BYTES,
        }
    }
}

/// A `str`: UTF-8 text with its code-point count and cached hash (`-1` = not computed,
/// as in CPython's `PyASCIIObject.hash`).
#[derive(Debug, Clone)]
pub struct PyStr {
    pub s: Box<str>,
    pub nchars: usize,
    pub hash: Cell<i64>,
}

impl PyStr {
    pub fn new(s: impl Into<Box<str>>) -> Self {
        let s: Box<str> = s.into();
        let nchars = if s.is_ascii() {
            s.len()
        } else {
            s.chars().count()
        };
        PyStr {
            s,
            nchars,
            hash: Cell::new(-1),
        }
    }

    pub fn is_ascii(&self) -> bool {
        self.nchars == self.s.len()
    }

    /// The character at a code-point index.
    pub fn char_at(&self, i: usize) -> Option<char> {
        if self.is_ascii() {
            self.s.as_bytes().get(i).map(|&b| b as char)
        } else {
            self.s.chars().nth(i)
        }
    }
}

/// Built-in types pyxray knows, including the exception hierarchy.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TypeId {
    Object,
    Type,
    NoneType,
    Bool,
    Int,
    Float,
    Str,
    Bytes,
    Tuple,
    List,
    Dict,
    /// `collections.defaultdict`.
    DefaultDict,
    /// `collections.Counter`.
    Counter,
    /// `collections.OrderedDict`.
    OrderedDict,
    /// `collections.deque`.
    Deque,
    Set,
    FrozenSet,
    Range,
    Slice,
    Function,
    BuiltinFunction,
    Method,
    Module,
    DictKeys,
    DictValues,
    DictItems,
    /// An OrderedDict's views (subclasses of dict's).
    OdictKeys,
    OdictValues,
    OdictItems,
    Iterator,
    /// A built-in iterator type by its `__name__` (`list_iterator`, `map`, `zip` …).
    Iter(&'static str),
    StaticMethod,
    ClassMethod,
    Property,
    Super,
    MappingProxy,
    GetSetDescriptor,
    Cell,
    Generator,
    Code,
    Partial,
    Frame,
    Traceback,
    // Exceptions.
    BaseException,
    SystemExit,
    KeyboardInterrupt,
    GeneratorExit,
    Exception,
    StopIteration,
    ArithmeticError,
    ZeroDivisionError,
    OverflowError,
    AssertionError,
    AttributeError,
    LookupError,
    IndexError,
    KeyError,
    NameError,
    UnboundLocalError,
    RuntimeError,
    RecursionError,
    NotImplementedError,
    TypeError,
    ValueError,
    UnicodeError,
    UnicodeEncodeError,
    UnicodeDecodeError,
    MemoryError,
    OSError,
    ConnectionError,
    TimeoutError,
    EOFError,
    ReferenceError,
    PermissionError,
    FileNotFoundError,
    FileExistsError,
    IsADirectoryError,
    NotADirectoryError,
    InterruptedError,
    BlockingIOError,
    ChildProcessError,
    ProcessLookupError,
    BrokenPipeError,
    ConnectionAbortedError,
    ConnectionRefusedError,
    ConnectionResetError,
    FloatingPointError,
    ImportError,
    ModuleNotFoundError,
    SystemError,
    StopAsyncIteration,
    BufferError,
    Warning,
    UserWarning,
    DeprecationWarning,
    PendingDeprecationWarning,
    RuntimeWarning,
    FutureWarning,
    SyntaxWarning,
    ImportWarning,
    UnicodeWarning,
    BytesWarning,
    ResourceWarning,
    EncodingWarning,
    /// `weakref`'s types by `__name__` (`ReferenceType`, `ProxyType`, `KeyedRef`,
    /// `WeakValueDictionary`, `WeakKeyDictionary`, `finalize`).
    Weak(&'static str),
    /// pyxray's own signal for "not simulated": never caught by `except`, reported by
    /// the command line as a `file:line:col` diagnostic with exit code 2.
    Unsupported,
}

impl TypeId {
    /// `__name__`.
    pub fn name(self) -> &'static str {
        use TypeId::*;
        match self {
            Object => "object",
            Type => "type",
            NoneType => "NoneType",
            Bool => "bool",
            Int => "int",
            Float => "float",
            Str => "str",
            Bytes => "bytes",
            Tuple => "tuple",
            List => "list",
            Dict => "dict",
            DefaultDict => "defaultdict",
            Deque => "deque",
            Counter => "Counter",
            OrderedDict => "OrderedDict",
            Set => "set",
            FrozenSet => "frozenset",
            Range => "range",
            Slice => "slice",
            Function => "function",
            BuiltinFunction => "builtin_function_or_method",
            Method => "method",
            Module => "module",
            DictKeys => "dict_keys",
            DictValues => "dict_values",
            DictItems => "dict_items",
            OdictKeys => "odict_keys",
            OdictValues => "odict_values",
            OdictItems => "odict_items",
            Iterator => "iterator",
            Iter(name) => name,
            StaticMethod => "staticmethod",
            ClassMethod => "classmethod",
            Property => "property",
            Super => "super",
            MappingProxy => "mappingproxy",
            GetSetDescriptor => "getset_descriptor",
            Cell => "cell",
            Generator => "generator",
            Code => "code",
            Partial => "partial",
            Frame => "frame",
            Traceback => "traceback",
            BaseException => "BaseException",
            SystemExit => "SystemExit",
            KeyboardInterrupt => "KeyboardInterrupt",
            GeneratorExit => "GeneratorExit",
            Exception => "Exception",
            StopIteration => "StopIteration",
            ArithmeticError => "ArithmeticError",
            ZeroDivisionError => "ZeroDivisionError",
            OverflowError => "OverflowError",
            AssertionError => "AssertionError",
            AttributeError => "AttributeError",
            LookupError => "LookupError",
            IndexError => "IndexError",
            KeyError => "KeyError",
            NameError => "NameError",
            UnboundLocalError => "UnboundLocalError",
            RuntimeError => "RuntimeError",
            RecursionError => "RecursionError",
            NotImplementedError => "NotImplementedError",
            TypeError => "TypeError",
            ValueError => "ValueError",
            UnicodeError => "UnicodeError",
            UnicodeEncodeError => "UnicodeEncodeError",
            UnicodeDecodeError => "UnicodeDecodeError",
            MemoryError => "MemoryError",
            OSError => "OSError",
            ConnectionError => "ConnectionError",
            TimeoutError => "TimeoutError",
            PermissionError => "PermissionError",
            FileNotFoundError => "FileNotFoundError",
            FileExistsError => "FileExistsError",
            IsADirectoryError => "IsADirectoryError",
            NotADirectoryError => "NotADirectoryError",
            InterruptedError => "InterruptedError",
            BlockingIOError => "BlockingIOError",
            ChildProcessError => "ChildProcessError",
            ProcessLookupError => "ProcessLookupError",
            BrokenPipeError => "BrokenPipeError",
            ConnectionAbortedError => "ConnectionAbortedError",
            ConnectionRefusedError => "ConnectionRefusedError",
            ConnectionResetError => "ConnectionResetError",
            FloatingPointError => "FloatingPointError",
            ImportError => "ImportError",
            ModuleNotFoundError => "ModuleNotFoundError",
            SystemError => "SystemError",
            StopAsyncIteration => "StopAsyncIteration",
            BufferError => "BufferError",
            Warning => "Warning",
            UserWarning => "UserWarning",
            DeprecationWarning => "DeprecationWarning",
            PendingDeprecationWarning => "PendingDeprecationWarning",
            RuntimeWarning => "RuntimeWarning",
            FutureWarning => "FutureWarning",
            SyntaxWarning => "SyntaxWarning",
            ImportWarning => "ImportWarning",
            UnicodeWarning => "UnicodeWarning",
            BytesWarning => "BytesWarning",
            ResourceWarning => "ResourceWarning",
            EncodingWarning => "EncodingWarning",
            EOFError => "EOFError",
            ReferenceError => "ReferenceError",
            Weak(name) => name,
            Unsupported => "PyxrayUnsupported",
        }
    }

    /// `tp_name`, what CPython's messages name the type by: a C type of a module carries
    /// the module (`'collections.defaultdict' object has no attribute …`).
    pub fn tp_name(self) -> &'static str {
        match self {
            TypeId::DefaultDict => "collections.defaultdict",
            TypeId::OrderedDict => "collections.OrderedDict",
            TypeId::Deque => "collections.deque",
            t => t.name(),
        }
    }

    /// `__base__` (single inheritance among built-ins).
    pub fn base(self) -> Option<TypeId> {
        use TypeId::*;
        Some(match self {
            Object | Unsupported => return None,
            Bool => Int,
            DefaultDict | Counter | OrderedDict => Dict,
            OdictKeys => DictKeys,
            OdictValues => DictValues,
            OdictItems => DictItems,
            BaseException => Object,
            SystemExit | KeyboardInterrupt | GeneratorExit | Exception => BaseException,
            StopIteration | ArithmeticError | AssertionError | AttributeError | LookupError
            | NameError | RuntimeError | TypeError | ValueError => Exception,
            ZeroDivisionError | OverflowError => ArithmeticError,
            IndexError | KeyError => LookupError,
            UnboundLocalError => NameError,
            RecursionError | NotImplementedError => RuntimeError,
            UnicodeError => ValueError,
            UnicodeEncodeError | UnicodeDecodeError => UnicodeError,
            MemoryError => Exception,
            OSError | EOFError | ReferenceError => Exception,
            ConnectionError | TimeoutError => OSError,
            PermissionError => OSError,
            FileNotFoundError => OSError,
            FileExistsError => OSError,
            IsADirectoryError => OSError,
            NotADirectoryError => OSError,
            InterruptedError => OSError,
            BlockingIOError => OSError,
            ChildProcessError => OSError,
            ProcessLookupError => OSError,
            BrokenPipeError => ConnectionError,
            ConnectionAbortedError => ConnectionError,
            ConnectionRefusedError => ConnectionError,
            ConnectionResetError => ConnectionError,
            FloatingPointError => ArithmeticError,
            ImportError => Exception,
            ModuleNotFoundError => ImportError,
            SystemError => Exception,
            StopAsyncIteration => Exception,
            BufferError => Exception,
            Warning => Exception,
            UserWarning => Warning,
            DeprecationWarning => Warning,
            PendingDeprecationWarning => Warning,
            RuntimeWarning => Warning,
            FutureWarning => Warning,
            SyntaxWarning => Warning,
            ImportWarning => Warning,
            UnicodeWarning => Warning,
            BytesWarning => Warning,
            ResourceWarning => Warning,
            EncodingWarning => Warning,
            _ => Object,
        })
    }

    /// Whether `self` is `other` or a subclass of it.
    pub fn is_subtype(self, other: TypeId) -> bool {
        let mut t = Some(self);
        while let Some(x) = t {
            if x == other {
                return true;
            }
            t = x.base();
        }
        false
    }

    pub fn is_exception(self) -> bool {
        self == TypeId::Unsupported || self.is_subtype(TypeId::BaseException)
    }

    /// The exception types and plain types reachable as builtins by name.
    pub const BUILTIN_NAMED: &'static [TypeId] = &[
        TypeId::Object,
        TypeId::Type,
        TypeId::Bool,
        TypeId::Int,
        TypeId::Float,
        TypeId::Str,
        TypeId::Bytes,
        TypeId::Tuple,
        TypeId::List,
        TypeId::Dict,
        TypeId::Set,
        TypeId::FrozenSet,
        TypeId::Range,
        TypeId::Slice,
        TypeId::StaticMethod,
        TypeId::ClassMethod,
        TypeId::Property,
        TypeId::Super,
        TypeId::BaseException,
        TypeId::SystemExit,
        TypeId::KeyboardInterrupt,
        TypeId::GeneratorExit,
        TypeId::Exception,
        TypeId::StopIteration,
        TypeId::ArithmeticError,
        TypeId::ZeroDivisionError,
        TypeId::OverflowError,
        TypeId::AssertionError,
        TypeId::AttributeError,
        TypeId::LookupError,
        TypeId::IndexError,
        TypeId::KeyError,
        TypeId::NameError,
        TypeId::UnboundLocalError,
        TypeId::RuntimeError,
        TypeId::RecursionError,
        TypeId::NotImplementedError,
        TypeId::TypeError,
        TypeId::ValueError,
        TypeId::UnicodeError,
        TypeId::UnicodeEncodeError,
        TypeId::UnicodeDecodeError,
        TypeId::MemoryError,
        TypeId::OSError,
        TypeId::ConnectionError,
        TypeId::TimeoutError,
        TypeId::EOFError,
        TypeId::ReferenceError,
        TypeId::PermissionError,
        TypeId::FileNotFoundError,
        TypeId::FileExistsError,
        TypeId::IsADirectoryError,
        TypeId::NotADirectoryError,
        TypeId::InterruptedError,
        TypeId::BlockingIOError,
        TypeId::ChildProcessError,
        TypeId::ProcessLookupError,
        TypeId::BrokenPipeError,
        TypeId::ConnectionAbortedError,
        TypeId::ConnectionRefusedError,
        TypeId::ConnectionResetError,
        TypeId::FloatingPointError,
        TypeId::ImportError,
        TypeId::ModuleNotFoundError,
        TypeId::SystemError,
        TypeId::StopAsyncIteration,
        TypeId::BufferError,
        TypeId::Warning,
        TypeId::UserWarning,
        TypeId::DeprecationWarning,
        TypeId::PendingDeprecationWarning,
        TypeId::RuntimeWarning,
        TypeId::FutureWarning,
        TypeId::SyntaxWarning,
        TypeId::ImportWarning,
        TypeId::UnicodeWarning,
        TypeId::BytesWarning,
        TypeId::ResourceWarning,
        TypeId::EncodingWarning,
    ];
}

/// A user function (`PyFunctionObject`).
#[derive(Debug, Clone)]
pub struct Function {
    pub code: usize,
    pub name: String,
    pub qualname: String,
    /// The default values, for argument binding; `defaults_obj` owns them.
    pub defaults: Vec<ObjId>,
    /// `__defaults__`: the tuple MAKE_FUNCTION was given (a tracked object of its own in
    /// CPython, collected with the function).
    pub defaults_obj: Option<ObjId>,
    pub kwdefaults: Vec<(String, ObjId)>,
    /// The class whose body defined it: what its `__class__` cell holds, which zero-argument
    /// `super()` reads. Filled in when the class is created, as CPython fills the cell.
    pub class_cell: Option<ObjId>,
    /// `__closure__`: a tuple of cells, one per `co_freevars` name.
    pub closure: Option<ObjId>,
    /// Slot attributes set on the function (`__doc__`, `__annotations__`).
    pub attrs: Vec<(String, ObjId)>,
    /// `func_dict`: made by the first other attribute set (or by reading `__dict__`), a
    /// dict of its own as in CPython (`functools.wraps` puts `__wrapped__` there).
    pub dict_obj: Option<ObjId>,
    /// `functools.wraps` copied the annotations of an annotated function here, which
    /// pyxray does not evaluate.
    pub annotations_unknown: bool,
    /// `func_annotations` as MAKE_FUNCTION stored it: the (name, value, ...) tuple, until
    /// the first read of `__annotations__` turns it into a dict (kept in `attrs`).
    pub annotations: Option<ObjId>,
}

/// A class, or a built-in type, as a base or an MRO entry.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ClassRef {
    Builtin(TypeId),
    User(ObjId),
}

/// A class made by a `class` statement or `type(name, bases, ns)` (a heap type).
#[derive(Debug, Clone)]
pub struct ClassObj {
    pub name: String,
    pub qualname: String,
    pub bases: Vec<ClassRef>,
    pub mro: Vec<ClassRef>,
    /// The class namespace (`__dict__`), a dict-model dict.
    pub dict: ObjId,
    /// The built-in type its instances are laid out as (`object`, or an exception type).
    pub layout: TypeId,
    /// `tp_mro`, `tp_bases` and `tp_base` as the objects CPython keeps: the two tuples
    /// are tracked objects of their own (collected with the class, seen by `is`).
    pub mro_obj: Option<ObjId>,
    pub bases_obj: Option<ObjId>,
    pub base_obj: Option<ObjId>,
    /// The instance layout `type_new` gave the class: `None` for a class whose instances
    /// are plain (a `__dict__`, a weak-reference list and no slots).
    pub slots: Option<Rc<SlotLayout>>,
    /// `solid_base()`: the nearest class on the `tp_base` line whose instances add member
    /// slots (kept, as walking the bases again is exponential in deep hierarchies).
    pub solid: ClassRef,
    /// `ht_cached_keys`, made when the first instance needs them (their starting state is
    /// fixed, so making them then or with the class is the same).
    pub shared_keys: Option<SplitKeys>,
}

/// The layout of a class whose MRO declares `__slots__` (`type_new_slots()`): the member
/// slots of every class on its `tp_base` line, and whether instances get a `__dict__` and
/// a weak-reference list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SlotLayout {
    /// The member names by slot index (its bases' slots first, each class's sorted).
    pub names: Box<[String]>,
    /// How many of `names` (the last ones) the class itself declared.
    pub own: usize,
    /// The slot indices in the order `subtype_traverse`, `subtype_clear` and
    /// `subtype_dealloc` visit them: the class's own members first, then its base's.
    pub visit_order: Box<[usize]>,
    pub dict: bool,
    pub weakref: bool,
}

/// An instance of a user class that is not an exception.
#[derive(Debug, Clone)]
pub struct InstanceObj {
    pub class: ObjId,
    /// `__dict__`, a dict-model dict; `None` when the class's `__slots__` leave it out.
    pub dict: Option<ObjId>,
    /// The member slots `__slots__` declared, by slot index (empty for a plain class).
    pub slots: Box<[Option<ObjId>]>,
    /// The class's layout when it has `__slots__`.
    pub layout: Option<Rc<SlotLayout>>,
}

impl InstanceObj {
    /// The filled member slots in `subtype_traverse()`'s order.
    pub fn slot_values(&self) -> impl Iterator<Item = ObjId> + '_ {
        self.layout
            .iter()
            .flat_map(|l| l.visit_order.iter())
            .filter_map(|&i| self.slots.get(i).copied().flatten())
    }

    /// Whether `weakref.ref()` accepts it (`tp_weaklistoffset` is set).
    pub fn weakrefable(&self) -> bool {
        self.layout.as_ref().is_none_or(|l| l.weakref)
    }
}

/// A member descriptor (`PyMemberDescrObject`): the class attribute through which one
/// `__slots__` name reads and writes its slot.
#[derive(Debug, Clone)]
pub struct MemberObj {
    pub class: ObjId,
    pub name: String,
    pub index: usize,
}

/// An exception instance.
#[derive(Debug, Clone)]
pub struct ExcObj {
    pub ty: TypeId,
    /// For an instance of a user exception class: the class and the instance `__dict__`.
    pub class: Option<ObjId>,
    pub dict: Option<ObjId>,
    pub args: Vec<ObjId>,
    /// `self->args`: the tuple object holding `args` (the shared `()` when empty).
    pub args_obj: Option<ObjId>,
    /// (code index, line) entries, outermost first, as `__traceback__` lists them.
    /// (code, line, instruction) of each frame it passed, outermost first; the
    /// instruction's span gives the traceback's carets (`u32::MAX`: none known).
    pub traceback: Vec<(usize, u32, u32)>,
    pub context: Option<ObjId>,
    pub cause: Option<ObjId>,
    pub suppress_context: bool,
    /// `__traceback__`: the newest traceback object (reference-counted mode only; the
    /// printed traceback is `traceback`).
    pub tb: Option<ObjId>,
    /// The library CPython runs in Python (`copy`) that the exception passed through,
    /// and the (code, line) that called it: CPython's traceback would show the library's
    /// frames, at lines that differ between 3.11 releases, so an uncaught one is refused
    /// there (see `run::finish`).
    pub library: Option<(&'static str, usize, u32)>,
    /// The members a built-in subtype adds: `PyAttributeErrorObject`'s `obj` and `name`,
    /// `PyNameErrorObject`'s `name`, `PySystemExitObject`'s `code`. `None` is C's NULL,
    /// which the member getter reads as None.
    pub obj: Option<ObjId>,
    pub name: Option<ObjId>,
    pub code: Option<ObjId>,
}

/// Which view of a dict.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ViewKind {
    Keys,
    Values,
    Items,
}

/// A `collections.deque`: its items, `maxlen`, and `state`, which every mutation bumps
/// (an iterator made at one state refuses to go on at another).
#[derive(Debug, Clone)]
pub struct DequeObj {
    pub items: std::collections::VecDeque<ObjId>,
    pub maxlen: Option<usize>,
    pub state: u64,
}

/// A `functools._lru_cache_wrapper`: the function, its cache dict and its counters.
#[derive(Debug, Clone)]
pub struct LruCacheObj {
    pub func: ObjId,
    pub cache: ObjId,
    pub maxsize: Option<usize>,
    pub hits: u64,
    pub misses: u64,
    /// A bounded cache's linked list (`root.next` first): each cached key, by the object
    /// the cache dict stores, with its hash, least recently used first.
    pub order: std::collections::VecDeque<(ObjId, i64)>,
}

/// `operator.itemgetter(*items)` or `operator.attrgetter(*names)`.
#[derive(Debug, Clone)]
pub struct GetterObj {
    pub kind: GetterKind,
    pub items: Vec<ObjId>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GetterKind {
    Item,
    Attr,
}

/// An iterator's state.
#[derive(Debug, Clone)]
pub enum IterObj {
    /// `itertools.groupby`: the state its groupers share (`groupbyobject`).
    GroupBy {
        it: ObjId,
        keyfunc: Option<ObjId>,
        tgtkey: Option<ObjId>,
        currkey: Option<ObjId>,
        currvalue: Option<ObjId>,
        currgrouper: Option<ObjId>,
    },
    /// A group of a `groupby` (`_grouperobject`): live while it is its parent's current one.
    Grouper {
        parent: ObjId,
        tgtkey: ObjId,
    },
    /// Over a deque, front to back (back to front for `reversed()`), made when the deque
    /// was at `state`.
    Deque {
        deque: ObjId,
        index: usize,
        state: u64,
        reverse: bool,
    },
    /// Over a list or tuple by index (a list may grow while iterated, as in CPython).
    Seq {
        seq: ObjId,
        index: usize,
    },
    /// `iter()` of an object with `__getitem__` but no `__iter__` (`PySeqIter`): calls
    /// `__getitem__(0)`, `(1)` … until IndexError or StopIteration.
    GetItem {
        obj: ObjId,
        index: i64,
    },
    /// `reversed()` of an object with `__len__` and `__getitem__`: from `len - 1` down.
    GetItemRev {
        obj: ObjId,
        index: i64,
    },
    Str {
        s: ObjId,
        byte: usize,
    },
    Bytes {
        b: ObjId,
        index: usize,
    },
    Range {
        next: BigInt,
        stop: BigInt,
        step: BigInt,
    },
    SmallRange {
        next: i64,
        stop: i64,
        step: i64,
    },
    /// Over a dict's entries (`dictiterobject`): `entry` is `di_pos`, `used` is `di_used`
    /// (detects "changed size during iteration"), `len` counts down the items still
    /// expected (detects "keys changed during iteration"); `changes` is the table's
    /// `key_changes()` when the iterator was made.
    Dict {
        dict: ObjId,
        entry: usize,
        used: usize,
        len: usize,
        changes: u64,
        kind: ViewKind,
    },
    /// An OrderedDict iterator (`odictiterobject`): it remembers the next key
    /// (`di_current`, None at the end), not a node, and the list's state and size when
    /// it was made; `done` once `di_odict` is cleared.
    ODict {
        dict: ObjId,
        current: Option<ObjId>,
        size: usize,
        state: u64,
        kind: ViewKind,
        reversed: bool,
        done: bool,
    },
    /// `reversed()` of a dict or of one of its views (`dictreviter`): `pos` is `di_pos`,
    /// from `dk_nentries - 1` down.
    DictRev {
        dict: ObjId,
        pos: i64,
        used: usize,
        changes: u64,
        kind: ViewKind,
    },
    Set {
        set: ObjId,
        slot: usize,
        used: usize,
    },
    Enumerate {
        inner: ObjId,
        count: BigInt,
    },
    Zip {
        inners: Vec<ObjId>,
        /// `zip(strict=True)`: iterators of unequal lengths are a ValueError.
        strict: bool,
    },
    Reversed {
        seq: ObjId,
        index: usize,
    },
    /// `map(func, *iterables)`, lazy.
    Map {
        func: ObjId,
        inners: Vec<ObjId>,
    },
    /// `filter(func, iterable)`; a None func keeps the truthy items.
    Filter {
        func: ObjId,
        inner: ObjId,
    },
    /// `itertools.count(start, step)`.
    Count {
        next: ObjId,
        step: ObjId,
    },
    /// `itertools.islice(it, start, stop, step)`: `next` is the index of the next item
    /// to give, `pos` the index of the next item the inner iterator gives.
    Islice {
        inner: ObjId,
        next: usize,
        stop: Option<usize>,
        step: usize,
        pos: usize,
    },
    /// `itertools.chain(*iterables)`: the iterables still to go, and the current one's
    /// iterator.
    Chain {
        sources: Vec<ObjId>,
        current: Option<ObjId>,
    },
    /// `itertools.takewhile(pred, it)`.
    TakeWhile {
        pred: ObjId,
        inner: ObjId,
    },
    /// `itertools.dropwhile(pred, it)`: `dropping` until the predicate first fails.
    DropWhile {
        pred: ObjId,
        inner: ObjId,
        dropping: bool,
    },
    /// `itertools.starmap(func, it)`: `func(*item)` for each item.
    StarMap {
        func: ObjId,
        inner: ObjId,
    },
    /// `itertools.cycle(it)`: saves items on the first pass, then repeats them.
    Cycle {
        inner: Option<ObjId>,
        saved: Vec<ObjId>,
        index: usize,
    },
    /// `itertools.zip_longest(*its, fillvalue=None)`: exhausted iterators are `None`.
    ZipLongest {
        inners: Vec<Option<ObjId>>,
        fill: ObjId,
        active: usize,
    },
    /// `itertools.repeat(value[, times])`.
    Repeat {
        value: ObjId,
        left: Option<i64>,
    },
    /// `itertools.chain.from_iterable(iterables)`: the outer iterator, the current inner.
    ChainFrom {
        outer: ObjId,
        current: Option<ObjId>,
    },
    /// `itertools.accumulate(it[, func], *, initial)`: the running total.
    Accumulate {
        inner: ObjId,
        func: Option<ObjId>,
        total: Option<ObjId>,
        initial: Option<ObjId>,
    },
    /// `itertools.product`, `permutations`, `combinations`: the pools (tuples made from
    /// the arguments at once, as CPython does) and the index state of the algorithms in
    /// Modules/itertoolsmodule.c.
    Combinatoric {
        kind: ComboKind,
        pools: Vec<ObjId>,
        indices: Vec<usize>,
        cycles: Vec<usize>,
        r: usize,
        started: bool,
    },
    Exhausted,
    /// An iterator that has run out, by its type's name (which it keeps).
    Finished(&'static str),
}

/// Which combinatoric iterator.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ComboKind {
    Product,
    Permutations,
    Combinations,
    CombinationsWithReplacement,
}

/// A list: its items and, where pyxray models the path that built it, the size of its
/// item array (models/list.rs). Reading goes through `Deref`; every change goes through a
/// method named after the CPython function it mirrors, so none can change the items
/// without accounting for the array.
#[derive(Debug, Clone, Default)]
pub struct ListObj {
    items: Vec<ObjId>,
    /// The array, packed so a list costs no more than a `Vec` in `Obj` (every simulated
    /// object is an `Obj`): see [`PackedAlloc`].
    alloc: PackedAlloc,
}

/// An `Option<ListAlloc>` in eight bytes. `None`: built or changed by a path whose
/// allocation pyxray does not model, so `sys.getsizeof()` of it is refused rather than
/// guessed.
#[derive(Debug, Clone, Copy, Default)]
struct PackedAlloc {
    allocated: u32,
    /// 0: an array; 1: no array (`ob_item == NULL`); 2: not modelled.
    state: u8,
}

impl PackedAlloc {
    const UNMODELLED: PackedAlloc = PackedAlloc {
        allocated: 0,
        state: 2,
    };

    fn get(self) -> Option<ListAlloc> {
        (self.state != 2).then_some(ListAlloc {
            allocated: self.allocated as usize,
            no_array: self.state == 1,
        })
    }

    fn set(a: Option<ListAlloc>) -> Self {
        match a {
            // A list is capped far below 2**32 items (MAX_MATERIALISED_ITEMS).
            Some(a) if a.allocated <= u32::MAX as usize => PackedAlloc {
                allocated: a.allocated as u32,
                state: u8::from(a.no_array),
            },
            _ => Self::UNMODELLED,
        }
    }
}

impl std::ops::Deref for ListObj {
    type Target = Vec<ObjId>;
    fn deref(&self) -> &Vec<ObjId> {
        &self.items
    }
}

impl ListObj {
    /// `PyList_New(n)` / `list_new_prealloc(n)` filled: exactly as many slots as items.
    pub fn exact(items: Vec<ObjId>) -> Self {
        let alloc = PackedAlloc::set(Some(ListAlloc::exact(items.len())));
        ListObj { items, alloc }
    }

    /// Items in an array of the given size (`None`: not modelled).
    pub fn with_alloc(items: Vec<ObjId>, alloc: Option<ListAlloc>) -> Self {
        ListObj {
            items,
            alloc: PackedAlloc::set(alloc),
        }
    }

    /// A list from a path whose allocation is not modelled.
    pub fn unmodelled(items: Vec<ObjId>) -> Self {
        ListObj {
            items,
            alloc: PackedAlloc::UNMODELLED,
        }
    }

    /// `PyList_New(0)` extended by `list_extend()` with `items` read from `source`.
    pub fn extended(
        items: Vec<ObjId>,
        source: Option<ExtendSource>,
        ev: &mut Vec<ListEvent>,
    ) -> Self {
        let mut l = ListObj {
            items: Vec::new(),
            alloc: PackedAlloc::set(Some(ListAlloc::EMPTY)),
        };
        l.extend(items, source, ev);
        l
    }

    /// The item array, if its size is modelled.
    pub fn alloc(&self) -> Option<ListAlloc> {
        self.alloc.get()
    }

    /// Applies `f` to the array, if it is modelled.
    fn update(&mut self, f: impl FnOnce(&mut ListAlloc)) {
        if let Some(mut a) = self.alloc.get() {
            f(&mut a);
            self.alloc = PackedAlloc::set(Some(a));
        }
    }

    /// The items, to change in place without changing their number (item and
    /// extended-slice assignment, `reverse()`, the heap functions' sifting).
    pub fn items_mut(&mut self) -> &mut [ObjId] {
        &mut self.items
    }

    /// `_PyList_AppendTakeRef()` (`append()`, `LIST_APPEND`, `heappush()`).
    pub fn append(&mut self, v: ObjId, ev: &mut Vec<ListEvent>) {
        let n = self.items.len();
        self.update(|a| a.append(n, ev));
        self.items.push(v);
    }

    /// `ins1()`: `insert()` with `at` already clamped.
    pub fn insert(&mut self, at: usize, v: ObjId, ev: &mut Vec<ListEvent>) {
        let n = self.items.len();
        self.update(|a| a.insert(n, ev));
        self.items.insert(at, v);
    }

    /// `list_pop_impl()` of the last item: `list_resize(size - 1)`.
    pub fn pop_last(&mut self, ev: &mut Vec<ListEvent>) -> Option<ObjId> {
        let n = self.items.len();
        let v = self.items.pop()?;
        self.update(|a| a.resize(n, n - 1, ev));
        Some(v)
    }

    /// `list_ass_slice()`: `items[lo..hi]` replaced by `with` (deleted when empty), the
    /// bounds already clamped. Returns the items taken out.
    pub fn assign_slice(
        &mut self,
        lo: usize,
        hi: usize,
        with: Vec<ObjId>,
        ev: &mut Vec<ListEvent>,
    ) -> Vec<ObjId> {
        let n = self.items.len();
        let (norig, count) = (hi - lo, with.len());
        self.update(|a| a.assign_slice(n, norig, count, ev));
        self.items.splice(lo..hi, with).collect()
    }

    /// `list_extend()` with what the iterable gave (`None`: a source whose length hint
    /// pyxray does not model, so the array's size is no longer known).
    pub fn extend(
        &mut self,
        items: Vec<ObjId>,
        source: Option<ExtendSource>,
        ev: &mut Vec<ListEvent>,
    ) {
        let n = self.items.len();
        match source {
            Some(source) => {
                let count = items.len();
                self.update(|a| a.extend(n, source, count, ev))
            }
            None => self.alloc = PackedAlloc::UNMODELLED,
        }
        self.items.extend(items);
    }

    /// `_list_clear()`: returns the items it held.
    pub fn clear(&mut self, ev: &mut Vec<ListEvent>) -> Vec<ObjId> {
        self.update(|a| a.clear(ev));
        std::mem::take(&mut self.items)
    }

    /// `list_inplace_repeat()` (`l *= n`), with the repeated items already made.
    pub fn inplace_repeat(
        &mut self,
        n: i64,
        items: Vec<ObjId>,
        ev: &mut Vec<ListEvent>,
    ) -> Vec<ObjId> {
        let size = self.items.len();
        self.update(|a| a.inplace_repeat(size, n, ev));
        std::mem::replace(&mut self.items, items)
    }

    /// The extended-slice deletion of `list_ass_subscript()`: `keep` are the items left.
    pub fn delete_extended(&mut self, keep: Vec<ObjId>, ev: &mut Vec<ListEvent>) -> Vec<ObjId> {
        let newsize = keep.len();
        self.update(|a| a.delete_extended(newsize, ev));
        std::mem::replace(&mut self.items, keep)
    }

    /// `list_sort_impl()` empties the list while it sorts (its array is set aside, and
    /// `allocated` is -1): the items it held.
    pub fn take_for_sort(&mut self) -> (Vec<ObjId>, Option<ListAlloc>) {
        let alloc = std::mem::replace(&mut self.alloc, PackedAlloc::UNMODELLED);
        (std::mem::take(&mut self.items), alloc.get())
    }

    /// The end of `list_sort_impl()`: the saved array comes back with its items in
    /// order; returns what was added to the list meanwhile.
    pub fn restore_after_sort(
        &mut self,
        items: Vec<ObjId>,
        alloc: Option<ListAlloc>,
    ) -> Vec<ObjId> {
        self.alloc = PackedAlloc::set(alloc);
        std::mem::replace(&mut self.items, items)
    }

    /// All the items, leaving the list empty (its deallocation).
    pub fn take_items(&mut self) -> Vec<ObjId> {
        self.alloc = PackedAlloc::UNMODELLED;
        std::mem::take(&mut self.items)
    }

    /// The items replaced by a path whose allocation is not modelled.
    pub fn replace_unmodelled(&mut self, items: Vec<ObjId>) -> Vec<ObjId> {
        self.alloc = PackedAlloc::UNMODELLED;
        std::mem::replace(&mut self.items, items)
    }
}

/// A built-in function, identified by name; the VM dispatches on it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Builtin(pub &'static str);

/// A simulated object.
#[derive(Debug, Clone)]
pub enum Obj {
    Free,
    None,
    NotImplemented,
    /// `Ellipsis`.
    Ellipsis,
    Bool(bool),
    Int(i64),
    Long(Box<BigInt>),
    Float(f64),
    Str(PyStr),
    Bytes(Box<[u8]>),
    Tuple(Box<[ObjId]>),
    List(ListObj),
    Dict(Box<DictObj>),
    Set(Box<SetTable<ObjId>>),
    FrozenSet(Box<SetTable<ObjId>>),
    Range {
        start: ObjId,
        stop: ObjId,
        step: ObjId,
    },
    Slice {
        start: ObjId,
        stop: ObjId,
        step: ObjId,
    },
    Function(Box<Function>),
    Builtin(Builtin),
    /// A bound built-in method such as `d.get`.
    Method {
        receiver: ObjId,
        name: &'static str,
    },
    /// A built-in type's method taken from the type (`str.lower`): a
    /// `method_descriptor`, called with the instance first.
    MethodDescr {
        ty: TypeId,
        name: &'static str,
    },
    Type(TypeId),
    Exception(Box<ExcObj>),
    Iter(Box<IterObj>),
    DictView {
        dict: ObjId,
        kind: ViewKind,
    },
    Module(&'static str),
    Class(Box<ClassObj>),
    Instance(Box<InstanceObj>),
    /// A function bound to an instance (or, for a classmethod, to a class).
    BoundMethod {
        func: ObjId,
        receiver: ObjId,
    },
    StaticMethod(ObjId),
    ClassMethod(ObjId),
    /// `property(fget, fset, fdel)`; `None` parts are the None object.
    Property(Box<[ObjId; 3]>),
    /// `super()`: look up after `this` in the MRO of `receiver` (an instance or a class).
    Super {
        this: ClassRef,
        receiver: ObjId,
    },
    /// `C.__dict__`: a read-only view of a class namespace.
    MappingProxy(ObjId),
    /// The `__dict__` / `__weakref__` attributes `type_new` gives a class whose base lacks
    /// them (`<attribute '__dict__' of 'C' objects>`).
    GetSet {
        name: &'static str,
        class: ObjId,
    },
    /// A `__slots__` member (`<member 'a' of 'S' objects>`).
    Member(Box<MemberObj>),
    /// A cell (`PyCellObject`): a variable shared between a frame and the closures that
    /// read it.
    Cell(Option<ObjId>),
    /// A generator (`PyGenObject`): its suspended frame is data it owns.
    Generator(Box<crate::vm::generators::GenObj>),
    /// `f.__code__`: a code object, by index.
    Code(usize),
    /// `functools.partial(func, *args, **keywords)`.
    Partial(Box<PartialObj>),
    /// A `collections.deque` (deque.rs).
    Deque(Box<DequeObj>),
    /// An `operator.itemgetter` or `attrgetter` (operator.rs).
    Getter(Box<GetterObj>),
    /// A `functools.lru_cache` wrapper (lru_cache.rs).
    LruCache(Box<LruCacheObj>),
    /// A frame object as a `sys.settrace` function receives it.
    FrameSnap(Box<crate::vm::tracing::FrameSnap>),
    /// The traceback of an exception, as the third item of an `exception` trace event.
    TracebackRef(ObjId),
    /// A traceback object (`PyTracebackObject`) of an exception's `__traceback__` chain.
    Traceback(Box<TracebackObj>),
    /// A frame object (`PyFrameObject`) a traceback made for a frame.
    FrameObj(Box<FrameObjData>),
    /// A simulated threading object (thread, lock, event, queue); its state lives in
    /// `Vm::threads` (`vm/threads.rs`), whose roots the sweep includes.
    Sync(crate::vm::threads::SyncRef),
    /// `weakref.ref`, `weakref.proxy` or `weakref.KeyedRef` (`PyWeakReference`).
    WeakRef(Box<WeakRefObj>),
    /// `weakref.WeakValueDictionary` / `weakref.WeakKeyDictionary`.
    WeakDict(Box<WeakDictObj>),
    /// `globals()`: `__main__`'s dict. The globals themselves live in the VM (fast
    /// lookups); this object stands for the dict where identity or membership is asked.
    ModuleDict,
    /// A library object kept only as a heap node (see `OpaqueObj`).
    Opaque(Box<OpaqueObj>),
    /// `list[int]` or `int | None`: what annotations usually evaluate to (typeexpr.rs).
    TypeExpr(Box<TypeExpr>),
    /// `weakref.finalize(obj, func, *args, **kwargs)`.
    Finalizer(Box<FinalizerObj>),
}

impl Obj {
    pub fn is_free(&self) -> bool {
        matches!(self, Obj::Free)
    }
}

/// Which weak reference type.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WeakKind {
    Ref,
    Proxy,
    /// The `KeyedRef` a `WeakValueDictionary` holds each value by.
    KeyedRef,
    /// A `weakref.WeakMethod`: a reference to a bound method's `__self__`.
    Method,
}

/// What a weak reference calls when its referent dies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WeakCallback {
    /// A Python callable (held strongly, as `wr_callback`).
    Py(ObjId),
    /// A weak dictionary's `_remove`: delete this entry from the dictionary `dict` (its
    /// serial guards against a reused slot; the dictionary is held only weakly).
    Remove { dict: ObjId, serial: u32 },
}

/// A `PyWeakReference`. The referent is not a reference: it is not among the children.
#[derive(Debug, Clone)]
pub struct WeakRefObj {
    pub referent: Option<ObjId>,
    pub callback: Option<WeakCallback>,
    pub kind: WeakKind,
    /// A `KeyedRef`'s key (strong).
    pub key: Option<ObjId>,
    /// `wr_hash`, computed from the referent on first use.
    pub hash: Cell<Option<i64>>,
    /// A proxy to a callable is a `CallableProxyType` (`PyWeakref_NewProxy`).
    pub callable: bool,
    /// A `WeakMethod`'s `_func_ref` (a reference to `__func__`, strong) and `_alive`.
    pub method: Option<(ObjId, bool)>,
}

/// A `WeakValueDictionary` (`data` maps keys to `KeyedRef`s), a `WeakKeyDictionary`
/// (`data` maps `ref(key)` to values) or a `WeakSet` (`data` is a set of `ref(item)`), as
/// `Lib/weakref.py` and `Lib/_weakrefset.py` keep them.
#[derive(Debug, Clone)]
pub struct WeakDictObj {
    pub data: ObjId,
    pub weak_values: bool,
    pub set: bool,
    pub serial: u32,
    /// Every attribute `__init__` stores on the instance, `data` among them, in its order
    /// (the order `subtype_traverse` and `subtype_dealloc` visit them): the `_remove`
    /// closure, `_pending_removals`, `_iterating` …
    pub attrs: Vec<(&'static str, ObjId)>,
}

impl WeakDictObj {
    /// The class's `__name__`.
    pub fn type_name(&self) -> &'static str {
        if self.set {
            "WeakSet"
        } else if self.weak_values {
            "WeakValueDictionary"
        } else {
            "WeakKeyDictionary"
        }
    }
}

/// One entry of an exception's traceback: `tb_next` leads towards where it was raised.
#[derive(Debug, Clone)]
pub struct TracebackObj {
    pub next: Option<ObjId>,
    /// `tb_frame` (None only once the collector has cleared it).
    pub frame: Option<ObjId>,
    pub line: u32,
}

/// A frame object. While its frame runs it only stands for it; if the frame ends while
/// something else (a traceback, a callee's frame object) still holds it, it takes over
/// the frame's function, locals and cells, and links to its caller's frame object
/// (`take_ownership()` in Python/frame.c), keeping all of them alive.
#[derive(Debug, Clone)]
pub struct FrameObjData {
    pub code: usize,
    /// The line the frame was at when it ended (or made, while live).
    pub line: u32,
    /// The ended frame's function (`f_func`).
    pub func: Option<ObjId>,
    /// What the ended frame handed over: its fast locals by slot, and its cells.
    pub fast: Vec<Option<ObjId>>,
    pub cells: Vec<ObjId>,
    /// `f_locals`: the dict `frame.f_locals` filled (kept by the frame, refreshed on
    /// each read).
    pub locals_dict: Option<ObjId>,
    /// `f_back` once the frame has ended (live frames find their caller on the stack).
    pub back: Option<ObjId>,
    /// Whether its frame still runs.
    pub live: bool,
}

/// An object CPython's pure-Python library code makes that pyxray keeps only as a node of
/// the heap, such as the `_remove` closure a weak dictionary makes: it holds its references
/// and is counted and collected like the real one, but cannot be called or inspected.
#[derive(Debug, Clone)]
pub struct OpaqueObj {
    /// Its type's `__name__` (`function`).
    pub type_name: &'static str,
    /// Its `__qualname__`, for the repr.
    pub qualname: &'static str,
    pub refs: Vec<ObjId>,
}

/// A type expression: `types.GenericAlias` (`list[int]`, `Objects/genericaliasobject.c`)
/// or `types.UnionType` (`int | None`, `Objects/unionobject.c`).
#[derive(Debug, Clone, PartialEq)]
pub enum TypeExpr {
    /// `__origin__[__args__]`.
    Alias { origin: ObjId, args: Box<[ObjId]> },
    /// `__args__` joined by `|`: at least two, no two equal, nested unions flattened.
    Union(Box<[ObjId]>),
    /// `typing.X` itself (`Lib/typing.py`): a special form (`Any`, `Optional`, `Union`)
    /// or a generic alias of a built-in type or an ABC (`List`, `Iterable`).
    Typing(&'static str),
    /// `typing.X[args]`; `Optional[T]` and `Union[...]` are a `Union` with flattened,
    /// de-duplicated args, `None` given as `NoneType`.
    TypingAlias {
        name: &'static str,
        args: Box<[ObjId]>,
    },
    /// `typing.ForwardRef('Node')`: a string inside a `typing` subscript.
    ForwardRef(ObjId),
}

impl TypeExpr {
    pub fn refs(&self) -> impl Iterator<Item = ObjId> + '_ {
        let (origin, args): (Option<ObjId>, &[ObjId]) = match self {
            TypeExpr::Alias { origin, args } => (Some(*origin), args),
            TypeExpr::Union(args) | TypeExpr::TypingAlias { args, .. } => (None, args),
            TypeExpr::Typing(_) => (None, &[]),
            TypeExpr::ForwardRef(s) => (Some(*s), &[]),
        };
        origin.into_iter().chain(args.iter().copied())
    }

    /// Its type's `tp_name` (`type(x)`).
    pub fn type_name(&self) -> &'static str {
        match self {
            TypeExpr::Alias { .. } => "types.GenericAlias",
            TypeExpr::Union(_) => "types.UnionType",
            TypeExpr::Typing("Any" | "Optional" | "Union") => "typing._SpecialForm",
            TypeExpr::Typing("Tuple") => "typing._TupleType",
            TypeExpr::Typing("Callable") => "typing._CallableType",
            TypeExpr::Typing(_) => "typing._SpecialGenericAlias",
            TypeExpr::TypingAlias { name: "Union", .. } => "typing._UnionGenericAlias",
            TypeExpr::TypingAlias {
                name: "Callable", ..
            } => "typing._CallableGenericAlias",
            TypeExpr::TypingAlias { .. } => "typing._GenericAlias",
            TypeExpr::ForwardRef(_) => "typing.ForwardRef",
        }
    }

    /// Made by the `typing` module (its `|` makes a `typing.Union`).
    pub fn is_typing(&self) -> bool {
        matches!(
            self,
            TypeExpr::Typing(_) | TypeExpr::TypingAlias { .. } | TypeExpr::ForwardRef(_)
        )
    }
}

/// `weakref.finalize`: alive while registered.
#[derive(Debug, Clone)]
pub struct FinalizerObj {
    pub weakref: Option<ObjId>,
    pub func: Option<ObjId>,
    pub args: Vec<ObjId>,
    pub kwargs: Vec<(String, ObjId)>,
    pub atexit: bool,
    /// Creation order (`_index_iter`).
    pub index: u32,
}

/// `functools.partial`: `func`, `args`, `keywords` as CPython keeps them.
#[derive(Debug, Clone)]
pub struct PartialObj {
    pub func: ObjId,
    pub args: Vec<ObjId>,
    pub keywords: Vec<(String, ObjId)>,
}

/// A class's shared keys (`ht_cached_keys`), as the class and every split table over them
/// hold them: one keys object, reference-counted as in CPython. A cloned `Vm` shares them
/// with the original, so a clone is for reading (as the tests use one), not for running on.
pub type SplitKeys = Rc<std::cell::RefCell<crate::models::shared_keys::SharedKeys<Rc<str>>>>;

/// What a split dict shares: its class's keys, and the class that made them (to tell
/// whether the class still holds them: `_PyDict_SizeOf` counts keys no one else holds).
#[derive(Debug, Clone)]
pub struct SplitRef {
    pub class: ObjId,
    pub keys: SplitKeys,
}

/// A dict: the model's table plus the trace's name for it.
#[derive(Debug, Clone)]
pub struct DictObj {
    pub table: Dict<ObjId, ObjId>,
    /// A number that names this dict in the trace (never reused, unlike `ObjId`s).
    pub trace_id: u32,
    /// Every key is plain ([`Heap::is_plain`]), so comparing keys runs no Python code.
    /// May be false when it need not be (it is never set back), never the other way.
    pub plain_keys: bool,
    /// An instance's attribute dict whose CPython table pyxray does not model (the
    /// instance of a class that does not share its keys the way [`SplitKeys`] models, or
    /// storage given back by `subtype_clear`): `inspect` claims no layout for it and
    /// `sys.getsizeof()` refuses it. Its items are modelled all the same.
    pub instance_attrs: bool,
    /// A split table: the dict's keys are its class's shared keys, its values an array
    /// of its own (`ma_values`). The model's `table` still holds the items in insertion
    /// order, as every other operation reads them; its layout means nothing until a
    /// store converts the dict to a combined table (vm/split.rs), which rebuilds it.
    pub split: Option<SplitRef>,
    /// A `collections.defaultdict`: its `default_factory` (None's id when it has none).
    /// Its table is a dict's; only a missing key's subscript differs (`defdict_missing`).
    pub default_factory: Option<ObjId>,
    /// A `collections.Counter` (counter.rs).
    pub counter: bool,
    /// A `collections.OrderedDict`: its linked list of nodes (odict.rs).
    pub ordered: Option<Box<super::odict::OdLinks>>,
    /// An instance of a Python subclass of dict: its class, and its attribute dict once an
    /// attribute is set.
    pub class: Option<ObjId>,
    pub attrs: Option<ObjId>,
}

/// Which dict class a new dict object is (`Vm::alloc_dict_of`).
#[derive(Clone, Copy, Debug)]
pub enum DictFlavor {
    Plain,
    DefaultDict(ObjId),
    Counter,
    Ordered,
    /// An instance of a Python subclass of dict.
    User(ObjId),
    /// An instance of a Python subclass of OrderedDict.
    UserOrdered(ObjId),
}

impl DictObj {
    /// `PyDict_CheckExact()`: a plain dict, not an instance of a dict subclass.
    pub fn is_exact(&self) -> bool {
        self.class() == crate::trace::DictClass::Dict
    }

    /// The dict's class: its table is a dict's either way.
    pub fn class(&self) -> crate::trace::DictClass {
        use crate::trace::DictClass;
        if self.default_factory.is_some() {
            DictClass::DefaultDict
        } else if self.counter {
            DictClass::Counter
        } else if self.class.is_some() {
            // The class's name is interned when the trace learns of the dict.
            if self.ordered.is_some() {
                DictClass::UserOrdered(crate::trace::NO_STR)
            } else {
                DictClass::User(crate::trace::NO_STR)
            }
        } else if self.ordered.is_some() {
            DictClass::OrderedDict
        } else {
            DictClass::Dict
        }
    }
}

/// Whether `==` between `a` and `b`, both plain ([`Heap::is_plain`]), holds: identity,
/// then numbers by value (`1 == 1.0 == True`), str and bytes by content; plain objects of
/// other kinds never compare equal. The same answers `Vm::eq` gives for these types,
/// without a `&mut Vm`.
pub fn plain_eq(heap: &Heap, a: ObjId, b: ObjId) -> bool {
    use super::ops::{compare_nums, num_of as num};
    if a == b {
        return true;
    }
    let (x, y) = (heap.get(a), heap.get(b));
    match (x, y) {
        (Obj::Str(x), Obj::Str(y)) => x.s == y.s,
        (Obj::Bytes(x), Obj::Bytes(y)) => x == y,
        _ => match (num(x), num(y)) {
            (Some(x), Some(y)) => compare_nums(&x, &y) == Some(std::cmp::Ordering::Equal),
            _ => false,
        },
    }
}

/// The arena.
#[derive(Debug, Default, Clone)]
pub struct Heap {
    objs: Vec<Obj>,
    free: Vec<u32>,
    /// Allocations since the last sweep.
    pub allocs_since_sweep: usize,
    pub live: usize,
    /// Reference-counted mode (the heap model): objects are freed one by one, and
    /// allocations are logged for the collector's lists.
    pub precise: bool,
    /// Allocations not yet seen by the collector (`_PyObject_GC_Link` runs for them at the
    /// next instruction boundary).
    pub born: Vec<ObjId>,
    /// Freed slots by size class, so a freed object's address goes to the next object of
    /// its kind, as pymalloc's per-size pools reuse memory.
    free_by_class: Vec<Vec<u32>>,
    dirty: Vec<u32>,
    dirty_flag: Vec<bool>,
}

/// pymalloc-like size classes for address reuse in reference-counted mode.
fn size_class(o: &Obj) -> usize {
    match o {
        Obj::Int(_) | Obj::Bool(_) | Obj::Float(_) => 0,
        Obj::Str(_) | Obj::Bytes(_) => 1,
        Obj::Tuple(_) => 2,
        Obj::List(_) => 3,
        Obj::Dict(_) => 4,
        Obj::Instance(_) => 5,
        Obj::Function(_) => 6,
        Obj::BoundMethod { .. } | Obj::Method { .. } => 7,
        Obj::WeakRef(_) => 8,
        _ => 9,
    }
}

impl Heap {
    /// Whether `v` is a None, bool, int, float, str or bytes: comparing it with another
    /// plain object ([`plain_eq`]) and showing it run no Python code.
    pub fn is_plain(&self, v: ObjId) -> bool {
        matches!(
            self.get(v),
            Obj::None
                | Obj::Bool(_)
                | Obj::Int(_)
                | Obj::Long(_)
                | Obj::Float(_)
                | Obj::Str(_)
                | Obj::Bytes(_)
        )
    }

    #[inline(always)]
    pub fn alloc(&mut self, o: Obj) -> ObjId {
        if self.precise {
            return self.alloc_precise(o);
        }
        self.allocs_since_sweep += 1;
        self.live += 1;
        if let Some(i) = self.free.pop() {
            self.objs[i as usize] = o;
            ObjId(i)
        } else {
            self.objs.push(o);
            ObjId((self.objs.len() - 1) as u32)
        }
    }

    /// `alloc` in reference-counted mode: a freed slot of the same size class first, and
    /// the new object noted for the next boundary's recount.
    #[inline(never)]
    fn alloc_precise(&mut self, o: Obj) -> ObjId {
        self.allocs_since_sweep += 1;
        self.live += 1;
        {
            let class = size_class(&o);
            let id = match self.free_by_class.get_mut(class).and_then(|f| f.pop()) {
                Some(i) => {
                    self.objs[i as usize] = o;
                    ObjId(i)
                }
                None => {
                    self.objs.push(o);
                    ObjId((self.objs.len() - 1) as u32)
                }
            };
            self.born.push(id);
            self.mark_dirty(id.0);
            id
        }
    }

    /// Frees one object (reference-counted mode), returning what it was.
    pub fn free_slot(&mut self, id: ObjId) -> Obj {
        let Some(slot) = self.objs.get_mut(id.0 as usize) else {
            return Obj::Free;
        };
        let old = std::mem::replace(slot, Obj::Free);
        self.mark_dirty(id.0);
        if !matches!(old, Obj::Free) {
            self.live = self.live.saturating_sub(1);
            let class = size_class(&old);
            if self.free_by_class.len() <= class {
                self.free_by_class.resize(class + 1, Vec::new());
            }
            self.free_by_class[class].push(id.0);
        }
        old
    }

    #[inline]
    pub fn get(&self, id: ObjId) -> &Obj {
        self.objs.get(id.0 as usize).unwrap_or(&Obj::Free)
    }

    #[inline]
    pub fn get_mut(&mut self, id: ObjId) -> Option<&mut Obj> {
        if self.precise {
            self.mark_dirty(id.0);
        }
        self.objs.get_mut(id.0 as usize)
    }

    /// Notes that an object may have changed what it refers to (reference-counted mode
    /// keeps counts by diffing only these).
    #[inline]
    fn mark_dirty(&mut self, i: u32) {
        let i = i as usize;
        if self.dirty_flag.len() <= i {
            self.dirty_flag.resize(i + 1, false);
        }
        if !self.dirty_flag[i] {
            self.dirty_flag[i] = true;
            self.dirty.push(i as u32);
        }
    }

    /// The objects changed, allocated or freed since the last call.
    pub fn take_dirty(&mut self) -> Vec<u32> {
        let d = std::mem::take(&mut self.dirty);
        for &i in &d {
            self.dirty_flag[i as usize] = false;
        }
        d
    }

    /// Replaces an object in place, returning the old one. Inlined: called, the 40-byte
    /// object went through the stack and its reload stalled on store forwarding (7 % of
    /// the insert loop).
    #[inline(always)]
    pub fn replace(&mut self, id: ObjId, o: Obj) -> Obj {
        if self.precise {
            self.mark_dirty(id.0);
        }
        match self.objs.get_mut(id.0 as usize) {
            Some(slot) => std::mem::replace(slot, o),
            None => Obj::Free,
        }
    }

    pub fn len(&self) -> usize {
        self.objs.len()
    }

    /// Which objects are reachable from `roots` (indexed by id), without freeing any.
    pub fn reachable(&self, roots: impl IntoIterator<Item = ObjId>) -> Vec<bool> {
        let mut marks = vec![false; self.objs.len()];
        let mut work: Vec<ObjId> = roots.into_iter().collect();
        while let Some(id) = work.pop() {
            let i = id.0 as usize;
            if i >= marks.len() || marks[i] {
                continue;
            }
            marks[i] = true;
            children(&self.objs[i], &mut work);
        }
        marks
    }

    /// Every allocated object, in address order.
    pub fn objects(&self) -> impl Iterator<Item = (ObjId, &Obj)> {
        self.objs
            .iter()
            .enumerate()
            .filter(|(_, o)| !matches!(o, Obj::Free))
            .map(|(i, o)| (ObjId(i as u32), o))
    }

    pub fn is_empty(&self) -> bool {
        self.objs.is_empty()
    }

    /// Frees every object `marks` (from [`Heap::reachable`]) leaves out, except ids below
    /// `permanent` (the interpreter's singletons).
    pub fn free_unmarked(&mut self, marks: &[bool], permanent: u32) {
        self.free.clear();
        let mut live = 0;
        for (i, o) in self.objs.iter_mut().enumerate() {
            if (i as u32) < permanent || marks.get(i).copied().unwrap_or(false) {
                if !matches!(o, Obj::Free) {
                    live += 1;
                }
                continue;
            }
            *o = Obj::Free;
            self.free.push(i as u32);
        }
        // Reuse low addresses first, as an allocator with free lists tends to.
        self.free.reverse();
        self.live = live;
        self.allocs_since_sweep = 0;
    }
}

/// The objects `o` refers to (its `tp_traverse`).
pub fn children(o: &Obj, out: &mut Vec<ObjId>) {
    match o {
        Obj::Tuple(items) => out.extend(items.iter().copied()),
        Obj::List(items) => out.extend(items.iter().copied()),
        Obj::Deque(d) => out.extend(d.items.iter().copied()),
        Obj::Getter(g) => out.extend(g.items.iter().copied()),
        Obj::LruCache(l) => {
            out.extend([l.func, l.cache]);
            out.extend(l.order.iter().map(|&(k, _)| k));
        }
        Obj::Dict(d) => {
            for e in d.table.entries().iter().flatten() {
                out.push(e.key);
                out.push(e.value);
            }
            out.extend(d.default_factory);
            out.extend(d.class);
            out.extend(d.attrs);
        }
        Obj::Set(s) | Obj::FrozenSet(s) => out.extend(s.iter()),
        Obj::Range { start, stop, step } | Obj::Slice { start, stop, step } => {
            out.extend([*start, *stop, *step])
        }
        Obj::Function(f) => {
            out.extend(f.defaults_obj);
            out.extend(f.kwdefaults.iter().map(|(_, v)| *v));
            out.extend(f.class_cell);
            out.extend(f.closure);
            out.extend(f.attrs.iter().map(|(_, v)| *v));
            out.extend(f.dict_obj);
            out.extend(f.annotations);
        }
        Obj::Cell(c) => out.extend(*c),
        Obj::Generator(g) => g.children(out),
        Obj::FrameSnap(f) => f.children(out),
        Obj::TracebackRef(e) => out.push(*e),
        Obj::WeakRef(w) => {
            if let Some(WeakCallback::Py(c)) = w.callback {
                out.push(c);
            }
            out.extend(w.key);
            out.extend(w.method.map(|(func_ref, _)| func_ref));
        }
        Obj::WeakDict(d) => out.extend(d.attrs.iter().map(|(_, v)| *v)),
        Obj::Opaque(o) => out.extend(o.refs.iter().copied()),
        Obj::TypeExpr(t) => out.extend(t.refs()),
        Obj::Finalizer(f) => {
            out.extend(f.weakref);
            out.extend(f.func);
            out.extend(f.args.iter().copied());
            out.extend(f.kwargs.iter().map(|(_, v)| *v));
        }
        Obj::Partial(p) => {
            out.push(p.func);
            out.extend(p.args.iter().copied());
            out.extend(p.keywords.iter().map(|(_, v)| *v));
        }
        // type_traverse(): the dict, the MRO, the bases, the base.
        Obj::Class(c) => {
            out.push(c.dict);
            out.extend(c.mro_obj);
            out.extend(c.bases_obj);
            out.extend(c.base_obj);
        }
        Obj::Instance(i) => {
            out.push(i.class);
            out.extend(i.dict);
            out.extend(i.slot_values());
        }
        Obj::Member(m) => out.push(m.class),
        Obj::BoundMethod { func, receiver } => out.extend([*func, *receiver]),
        Obj::StaticMethod(f) | Obj::ClassMethod(f) | Obj::MappingProxy(f) => out.push(*f),
        Obj::GetSet { class, .. } => out.push(*class),
        Obj::Property(p) => out.extend(p.iter().copied()),
        Obj::Super { this, receiver } => {
            out.push(*receiver);
            if let ClassRef::User(id) = this {
                out.push(*id);
            }
        }
        Obj::Method { receiver, .. } => out.push(*receiver),
        // subtype_traverse visits the class, then the subtype's members
        // (AttributeError_traverse: obj, name; SystemExit_traverse: code), then
        // BaseException_traverse: dict, args, traceback (the frames' locals), cause, context.
        Obj::Exception(e) => {
            out.extend(e.class);
            out.extend(e.obj);
            out.extend(e.name);
            out.extend(e.code);
            out.extend(e.dict);
            match e.args_obj {
                Some(t) => out.push(t),
                None => out.extend(e.args.iter().copied()),
            }
            out.extend(e.tb);
            out.extend(e.cause);
            out.extend(e.context);
        }
        // tb_traverse: tb_next, tb_frame.
        Obj::Traceback(t) => {
            out.extend(t.next);
            out.extend(t.frame);
        }
        // frame_traverse: f_back, then what an ended frame handed over (its function,
        // locals and cells).
        Obj::FrameObj(f) => {
            out.extend(f.back);
            out.extend(f.locals_dict);
            out.extend(f.func);
            out.extend(f.fast.iter().flatten().copied());
            out.extend(f.cells.iter().copied());
        }
        Obj::Iter(it) => match it.as_ref() {
            IterObj::Seq { seq, .. } | IterObj::Reversed { seq, .. } => out.push(*seq),
            IterObj::GetItem { obj, .. } | IterObj::GetItemRev { obj, .. } => out.push(*obj),
            IterObj::Str { s, .. } => out.push(*s),
            IterObj::Bytes { b, .. } => out.push(*b),
            IterObj::Dict { dict, .. } | IterObj::DictRev { dict, .. } => out.push(*dict),
            IterObj::ODict { dict, current, .. } => {
                out.push(*dict);
                out.extend(*current);
            }
            IterObj::Set { set, .. } => out.push(*set),
            IterObj::Deque { deque, .. } => out.push(*deque),
            IterObj::GroupBy {
                it,
                keyfunc,
                tgtkey,
                currkey,
                currvalue,
                currgrouper,
            } => {
                out.push(*it);
                out.extend(
                    [*keyfunc, *tgtkey, *currkey, *currvalue, *currgrouper]
                        .into_iter()
                        .flatten(),
                );
            }
            IterObj::Grouper { parent, tgtkey } => out.extend([*parent, *tgtkey]),
            IterObj::Enumerate { inner, .. } => out.push(*inner),
            IterObj::Zip { inners, .. } => out.extend(inners.iter().copied()),
            IterObj::Map { func, inners } => {
                out.push(*func);
                out.extend(inners.iter().copied());
            }
            IterObj::Filter { func, inner }
            | IterObj::TakeWhile { pred: func, inner }
            | IterObj::DropWhile {
                pred: func, inner, ..
            }
            | IterObj::StarMap { func, inner } => out.extend([*func, *inner]),
            IterObj::Count { next, step } => out.extend([*next, *step]),
            IterObj::Islice { inner, .. } => out.push(*inner),
            IterObj::Chain { sources, current } => {
                out.extend(sources.iter().copied());
                out.extend(*current);
            }
            IterObj::Repeat { value, .. } => out.push(*value),
            IterObj::ZipLongest { inners, fill, .. } => {
                out.extend(inners.iter().flatten().copied());
                out.push(*fill);
            }
            IterObj::ChainFrom { outer, current } => {
                out.push(*outer);
                out.extend(*current);
            }
            IterObj::Accumulate {
                inner,
                func,
                total,
                initial,
            } => {
                out.push(*inner);
                out.extend(*func);
                out.extend(*total);
                out.extend(*initial);
            }
            IterObj::Combinatoric { pools, .. } => out.extend(pools.iter().copied()),
            IterObj::Cycle { inner, saved, .. } => {
                out.extend(*inner);
                out.extend(saved.iter().copied());
            }
            IterObj::Range { .. }
            | IterObj::SmallRange { .. }
            | IterObj::Exhausted
            | IterObj::Finished(_) => {}
        },
        Obj::DictView { dict, .. } => out.push(*dict),
        _ => {}
    }
}

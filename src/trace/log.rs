//! Where a trace keeps its events: encoded back to back (a tag byte, then each field as a
//! varint), with the byte offset of every [`CHUNK`]-th event so any event can be found
//! without decoding from the start.
//!
//! Why not a `Vec<Event>`: an [`Event`] is 32 bytes in memory, while the events a loop
//! records most (a line, an operation, a binding, a hash, a probe) need 2 to 12 bytes each
//! encoded. A traced million-iteration loop writes about ten million events; at 32 bytes
//! that is 330 MB of fresh memory, and faulting those pages in cost more than running the
//! loop. Encoded, the same trace is about a fifth of that.
//!
//! Reading is sequential (a [`Timeline`](super::Timeline) replays from a checkpoint) or
//! near a position (a view looks at the event under the playhead): [`EventLog::iter_from`]
//! decodes forward from any event; [`EventLog::get`] decodes at most `CHUNK` events.

use super::{Event, StrId};
use crate::models::dict::{DictEvent, SlotContent};

/// Events between two recorded offsets.
pub const CHUNK: usize = 32;

/// Encoded events.
#[derive(Clone, Default)]
pub struct EventLog {
    /// The encoded events are `bytes[..used]`; the rest is zeroed room to write into.
    bytes: Vec<u8>,
    used: usize,
    /// Byte offset of event `k * CHUNK`, for every `k`.
    starts: Vec<u64>,
    len: usize,
    /// What the writer knows of the chunk written so far (see [`Context`]).
    ctx: Context,
}

impl EventLog {
    pub fn new() -> Self {
        Self::default()
    }

    /// Appends an event.
    pub fn push(&mut self, e: Event) {
        let mut w = self.writer();
        if w.hot(&e) {
            let n = w.n;
            self.commit(n);
        } else {
            self.push_other(&e);
        }
    }

    /// Appends `Event::Line`: the same bytes as `push`, without matching on the event
    /// (the recorder's hot paths know what they record; the match was a mispredicted
    /// jump per event).
    #[inline]
    pub fn push_line(&mut self, line: u32) {
        let mut w = self.writer();
        w.line(line);
        let n = w.n;
        self.commit(n);
    }

    /// Appends `Event::Op` (see [`EventLog::push_line`]).
    #[inline]
    pub fn push_op(&mut self, code: u32, pc: u32) {
        let mut w = self.writer();
        w.op(code, pc);
        let n = w.n;
        self.commit(n);
    }

    /// Appends `Event::Bind` (see [`EventLog::push_line`]).
    #[inline]
    pub fn push_bind(&mut self, name: StrId, value: StrId) {
        let mut w = self.writer();
        w.bind(name, value);
        let n = w.n;
        self.commit(n);
    }

    /// Appends `Event::Hash` (see [`EventLog::push_line`]).
    #[inline]
    pub fn push_hash(&mut self, hash: i64, key: StrId) {
        let mut w = self.writer();
        w.hash(hash, key);
        let n = w.n;
        self.commit(n);
    }

    /// Appends `Event::Dict(ev)` (see [`EventLog::push_line`]). Inlined where the model
    /// reports the event, so the match folds to the variant at hand.
    #[inline(always)]
    pub fn push_dict(&mut self, ev: DictEvent<StrId, StrId>) {
        let mut w = self.writer();
        if w.dict(&ev) {
            let n = w.n;
            self.commit(n);
        } else {
            self.push_other(&Event::Dict(ev));
        }
    }

    /// A writer for a new event on the buffer's zeroed tail, with room for any event (an
    /// event the writer has no encoding for goes to [`Self::push_other`]). Bytes go straight
    /// into the buffer, one by one: assembling them on the stack and copying stalls
    /// every event on store forwarding.
    #[inline(always)]
    fn writer(&mut self) -> Writer<'_> {
        if self.bytes.len() < self.used + MAX_EVENT {
            self.grow(MAX_EVENT);
        }
        self.start_event();
        let used = self.used;
        Writer {
            buf: (&mut self.bytes[used..used + MAX_EVENT])
                .try_into()
                .expect("grow() left MAX_EVENT bytes of room"),
            n: 0,
            ctx: &mut self.ctx,
        }
    }

    /// Starts an event at `used`: a chunk's first event has its offset recorded, and
    /// is written (and read) without context.
    #[inline(always)]
    fn start_event(&mut self) {
        if self.len.is_multiple_of(CHUNK) {
            self.ctx = Context::default();
            self.starts.push(self.used as u64);
        }
    }

    /// Counts the `n` bytes just written at `used` as one event.
    #[inline(always)]
    fn commit(&mut self, n: usize) {
        self.used += n;
        self.len += 1;
    }

    /// Writes an event without an encoding of its own, `OTHER` and then postcard, where
    /// [`Self::writer`] started it.
    fn push_other(&mut self, e: &Event) {
        self.bytes[self.used] = OTHER;
        // Every event fits in `MAX_EVENT` bytes; running out of room would be a bug in
        // the event types, not in the program traced.
        let n = postcard::to_slice(e, &mut self.bytes[self.used + 1..self.used + MAX_EVENT])
            .expect("an event encodes in MAX_EVENT bytes")
            .len();
        self.commit(1 + n);
    }

    /// Zero-fills at least `room` more bytes past `used`, a mebibyte at a time: the
    /// vector's capacity still doubles, but only the bytes about to be written are
    /// touched (a page untouched costs nothing).
    #[cold]
    fn grow(&mut self, room: usize) {
        let want = (self.bytes.len() + (1 << 20)).max(self.used + room);
        self.bytes.resize(want, 0);
    }

    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// The most recent event.
    pub fn last(&self) -> Option<Event> {
        self.len.checked_sub(1).and_then(|i| self.get(i))
    }

    /// Event `i`.
    pub fn get(&self, i: usize) -> Option<Event> {
        self.iter_from(i).next()
    }

    /// Event `i`; panics past the end, like indexing a slice.
    pub fn at(&self, i: usize) -> Event {
        match self.get(i) {
            Some(e) => e,
            None => panic!("event {i} of {}", self.len),
        }
    }

    /// Every event, in order.
    pub fn iter(&self) -> Iter<'_> {
        self.iter_from(0)
    }

    /// The events from `i` on.
    pub fn iter_from(&self, i: usize) -> Iter<'_> {
        if i >= self.len {
            return Iter {
                rest: &[],
                left: 0,
                index: i,
                ctx: Context::default(),
            };
        }
        let chunk = i / CHUNK;
        let start = self.starts[chunk] as usize;
        let mut it = Iter {
            rest: &self.bytes[start..self.used],
            left: self.len - chunk * CHUNK,
            index: chunk * CHUNK,
            ctx: Context::default(),
        };
        for _ in 0..i % CHUNK {
            it.next();
        }
        it
    }

    /// The events in `from..to` (clamped to the log).
    pub fn range(&self, from: usize, to: usize) -> impl Iterator<Item = Event> + '_ {
        let to = to.min(self.len);
        self.iter_from(from).take(to.saturating_sub(from))
    }

    /// Memory the encoded events and their offsets take.
    pub fn heap_bytes(&self) -> usize {
        self.used + self.starts.len() * std::mem::size_of::<u64>()
    }
}

impl PartialEq for EventLog {
    fn eq(&self, other: &Self) -> bool {
        self.len == other.len && self.bytes[..self.used] == other.bytes[..other.used]
    }
}

impl std::fmt::Debug for EventLog {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_list().entries(self.iter()).finish()
    }
}

impl FromIterator<Event> for EventLog {
    fn from_iter<I: IntoIterator<Item = Event>>(iter: I) -> Self {
        let mut log = EventLog::new();
        for e in iter {
            log.push(e);
        }
        log
    }
}

impl<'a> IntoIterator for &'a EventLog {
    type Item = Event;
    type IntoIter = Iter<'a>;
    fn into_iter(self) -> Iter<'a> {
        self.iter()
    }
}

// The events a loop records most have an encoding of their own, written and read without
// serde's generic machinery (it was a third of the recording time): a tag byte, then
// each field as a prefix varint (`Writer::u64`; signed fields zigzagged, `StrId`s
// rotated so small inline ints and small string numbers both stay short). Everything else is `OTHER`
// followed by the event in postcard's encoding.
//
// A field the events before it in the same chunk already say is left out, and the tag
// says so (see `Context`): a probe starts from the hash just computed, an insertion
// lands in the slot the probe ended at, a resize's entries move in order. Reading
// starts at a chunk's first event, so context never reaches across chunks.
const LINE: u8 = 0;
const OP: u8 = 1;
const BIND: u8 = 2;
const HASH: u8 = 3;
const DICT_FOCUS: u8 = 4;
const PROBE: u8 = 6;
const PROBE_NEXT: u8 = 7;
const FOUND: u8 = 8;
const NOT_FOUND: u8 = 9;
const VALUE_REPLACED: u8 = 12;
const LOCAL: u8 = 13;
/// `Op` in the code of the chunk's last `Op`: only the pc follows.
const OP_SAME_CODE: u8 = 14;
/// `Hash` of an inline int key whose hash is its value: only the key follows.
const HASH_OF_INT: u8 = 15;
/// `ProbeStart`: `PROBE_START` plus [`PS_SAME_HASH`] | [`PS_SAME_MASK`] | [`PS_SLOT_DERIVED`].
const PROBE_START: u8 = 16;
const PS_SAME_HASH: u8 = 1;
const PS_SAME_MASK: u8 = 2;
const PS_SLOT_DERIVED: u8 = 4;
/// `Reinserted`: `REINSERTED` plus [`RE_NEXT_ENTRY`] | [`RE_SAME_ENTRY`].
const REINSERTED: u8 = 24;
const RE_NEXT_ENTRY: u8 = 1;
const RE_SAME_ENTRY: u8 = 2;
/// `NotFound`, `Probe` and `Found` at the chunk's current slot.
const NOT_FOUND_HERE: u8 = 28;
const PROBE_HERE: u8 = 29;
const FOUND_HERE: u8 = 30;
/// `Inserted`: `INSERTED` plus any of the `IN_` bits.
const INSERTED: u8 = 32;
const IN_SAME_SLOT: u8 = 1;
const IN_NEXT_ENTRY: u8 = 2;
const IN_SAME_HASH: u8 = 4;
const IN_SAME_KEY: u8 = 8;
const IN_REUSED_DUMMY: u8 = 16;
const OTHER: u8 = 255;

/// Room every event fits in, with the 8 bytes a varint's store may write past its end:
/// the longest hot event (an insertion) takes 1 + 5 + 5 + 9 + 5 + 5 = 30 bytes, the
/// longest other (`GcCounts`, six varint `u32`s in postcard's LEB128) 1 + 1 + 30.
const MAX_EVENT: usize = 64;

/// What the events so far in a chunk said, kept alike by the writer and the reader:
/// each hot event updates it after it is written or read ([`Context::after`]).
#[derive(Clone, Copy, Debug, Default, PartialEq)]
struct Context {
    /// The last hash a `Hash`, `ProbeStart` or `Inserted` named.
    hash: i64,
    /// The last key a `Hash` or `Inserted` named.
    key: StrId,
    /// The last `ProbeStart`'s mask.
    mask: u32,
    /// The last slot a probe or an insertion was at.
    slot: u32,
    /// One past the last entry an insertion or re-insertion wrote.
    next_entry: u32,
    /// The last `Op`'s code.
    code: u32,
}

impl Context {
    #[inline(always)]
    fn after(&mut self, e: &Event) {
        match *e {
            Event::Op { code, .. } => self.code = code,
            Event::Hash { hash, key } => {
                self.hash = hash;
                self.key = key;
            }
            Event::Dict(d) => self.after_dict(&d),
            _ => {}
        }
    }

    #[inline(always)]
    fn after_dict(&mut self, d: &DictEvent<StrId, StrId>) {
        match *d {
            DictEvent::ProbeStart { hash, slot, mask } => {
                self.hash = hash;
                self.mask = mask;
                self.slot = slot;
            }
            DictEvent::Probe { slot, .. }
            | DictEvent::ProbeNext { slot, .. }
            | DictEvent::Found { slot, .. }
            | DictEvent::NotFound { slot } => self.slot = slot,
            DictEvent::Inserted {
                slot,
                entry,
                hash,
                key,
                ..
            } => {
                self.slot = slot;
                self.next_entry = entry.wrapping_add(1);
                self.hash = hash;
                self.key = key;
            }
            DictEvent::Reinserted {
                new_entry, slot, ..
            } => {
                self.slot = slot;
                self.next_entry = new_entry.wrapping_add(1);
            }
            _ => {}
        }
    }
}

/// The slot a probe of `hash` starts at in a table of `mask + 1` slots.
#[inline(always)]
fn first_slot(hash: i64, mask: u32) -> u32 {
    (hash as u64 & mask as u64) as u32
}

/// The hash CPython gives an int key kept inline (`-2**30 <= v < 2**30`, `v != -1`):
/// the int itself. None for other ids.
#[inline(always)]
fn inline_int_hash(key: StrId) -> Option<i64> {
    (key != super::NO_STR && key & 0x8000_0000 != 0).then_some((((key << 1) as i32) >> 1) as i64)
}

struct Writer<'a> {
    /// `MAX_EVENT` bytes: a fixed length lets the compiler drop most index checks.
    buf: &'a mut [u8; MAX_EVENT],
    n: usize,
    ctx: &'a mut Context,
}

impl Writer<'_> {
    #[inline(always)]
    fn byte(&mut self, b: u8) {
        self.buf[self.n] = b;
        self.n += 1;
    }

    /// A prefix varint: `n` bytes for a value of up to `7 * n` bits (`n <= 8`), the
    /// first byte's trailing zeros saying `n - 1`; a zero byte and the 8 bytes of the
    /// value for longer ones. One unaligned store where LEB128 loops per byte (and
    /// mispredicts its exit whenever lengths vary).
    #[inline(always)]
    fn u64(&mut self, v: u64) {
        let bits = 64 - (v | 1).leading_zeros();
        let n = bits.div_ceil(7);
        let at = self.n;
        if n <= 8 {
            let word = (v << n) | (1 << (n - 1));
            self.buf[at..at + 8].copy_from_slice(&word.to_le_bytes());
            self.n = at + n as usize;
        } else {
            self.buf[at] = 0;
            self.buf[at + 1..at + 9].copy_from_slice(&v.to_le_bytes());
            self.n = at + 9;
        }
    }

    #[inline(always)]
    fn u32(&mut self, v: u32) {
        self.u64(v as u64);
    }

    #[inline(always)]
    fn i64(&mut self, v: i64) {
        self.u64(((v << 1) ^ (v >> 63)) as u64);
    }

    /// Inline ints carry the top bit, `NO_STR` is all ones: rotating puts it at the
    /// bottom, so both kinds of small id stay one or two bytes.
    #[inline(always)]
    fn id(&mut self, v: StrId) {
        self.u32(v.rotate_left(1));
    }

    #[inline(always)]
    fn slot(&mut self, c: SlotContent) {
        self.u64(match c {
            SlotContent::Empty => 0,
            SlotContent::Dummy => 1,
            SlotContent::Entry(e) => e as u64 + 2,
        });
    }

    /// Encodes a hot event; false for the others.
    #[inline(always)]
    fn hot(&mut self, e: &Event) -> bool {
        match *e {
            Event::Line { line } => self.line(line),
            Event::Op { code, pc } => self.op(code, pc),
            Event::Bind { name, value } => self.bind(name, value),
            Event::Hash { hash, key } => self.hash(hash, key),
            Event::DictFocus { dict } => {
                self.byte(DICT_FOCUS);
                self.u32(dict);
            }
            Event::Local { frame, name, value } => {
                self.byte(LOCAL);
                self.u32(frame);
                self.id(name);
                self.id(value);
            }
            Event::Dict(d) => return self.dict(&d),
            _ => return false,
        }
        true
    }

    #[inline(always)]
    fn line(&mut self, line: u32) {
        self.byte(LINE);
        self.u32(line);
    }

    #[inline(always)]
    fn op(&mut self, code: u32, pc: u32) {
        if code == self.ctx.code {
            self.byte(OP_SAME_CODE);
        } else {
            self.byte(OP);
            self.u32(code);
        }
        self.u32(pc);
        self.ctx.after(&Event::Op { code, pc });
    }

    #[inline(always)]
    fn bind(&mut self, name: StrId, value: StrId) {
        self.byte(BIND);
        self.id(name);
        self.id(value);
    }

    #[inline(always)]
    fn hash(&mut self, hash: i64, key: StrId) {
        if inline_int_hash(key) == Some(hash) {
            self.byte(HASH_OF_INT);
        } else {
            self.byte(HASH);
            self.i64(hash);
        }
        self.id(key);
        self.ctx.after(&Event::Hash { hash, key });
    }

    /// Encodes a hot dict event; false for the others.
    #[inline(always)]
    fn dict(&mut self, d: &DictEvent<StrId, StrId>) -> bool {
        let ctx = *self.ctx;
        match *d {
            DictEvent::ProbeStart { hash, slot, mask } => {
                let same_hash = hash == ctx.hash;
                let same_mask = mask == ctx.mask;
                let derived = slot == first_slot(hash, mask);
                self.byte(
                    PROBE_START
                        | if same_hash { PS_SAME_HASH } else { 0 }
                        | if same_mask { PS_SAME_MASK } else { 0 }
                        | if derived { PS_SLOT_DERIVED } else { 0 },
                );
                if !same_hash {
                    self.i64(hash);
                }
                if !same_mask {
                    self.u32(mask);
                }
                if !derived {
                    self.u32(slot);
                }
            }
            DictEvent::Probe { slot, content } => {
                if slot == ctx.slot {
                    self.byte(PROBE_HERE);
                } else {
                    self.byte(PROBE);
                    self.u32(slot);
                }
                self.slot(content);
            }
            DictEvent::ProbeNext {
                from,
                slot,
                perturb,
            } => {
                self.byte(PROBE_NEXT);
                self.u32(from);
                self.u32(slot);
                self.u64(perturb);
            }
            DictEvent::Found { slot, entry } => {
                if slot == ctx.slot {
                    self.byte(FOUND_HERE);
                } else {
                    self.byte(FOUND);
                    self.u32(slot);
                }
                self.u32(entry);
            }
            DictEvent::NotFound { slot } => {
                if slot == ctx.slot {
                    self.byte(NOT_FOUND_HERE);
                } else {
                    self.byte(NOT_FOUND);
                    self.u32(slot);
                }
            }
            DictEvent::Inserted {
                slot,
                entry,
                hash,
                key,
                value,
                reused_dummy,
            } => {
                let same_slot = slot == ctx.slot;
                let next_entry = entry == ctx.next_entry;
                let same_hash = hash == ctx.hash;
                let same_key = key == ctx.key;
                self.byte(
                    INSERTED
                        | if same_slot { IN_SAME_SLOT } else { 0 }
                        | if next_entry { IN_NEXT_ENTRY } else { 0 }
                        | if same_hash { IN_SAME_HASH } else { 0 }
                        | if same_key { IN_SAME_KEY } else { 0 }
                        | if reused_dummy { IN_REUSED_DUMMY } else { 0 },
                );
                if !same_slot {
                    self.u32(slot);
                }
                if !next_entry {
                    self.u32(entry);
                }
                if !same_hash {
                    self.i64(hash);
                }
                if !same_key {
                    self.id(key);
                }
                self.id(value);
            }
            DictEvent::Reinserted {
                old_entry,
                new_entry,
                slot,
            } => {
                let next = new_entry == ctx.next_entry;
                let same = old_entry == new_entry;
                self.byte(
                    REINSERTED
                        | if next { RE_NEXT_ENTRY } else { 0 }
                        | if same { RE_SAME_ENTRY } else { 0 },
                );
                if !next {
                    self.u32(new_entry);
                }
                if !same {
                    self.u32(old_entry);
                }
                self.u32(slot);
            }
            DictEvent::ValueReplaced { entry, value } => {
                self.byte(VALUE_REPLACED);
                self.u32(entry);
                self.id(value);
            }
            _ => return false,
        }
        self.ctx.after_dict(d);
        true
    }
}

struct Reader<'a> {
    rest: &'a [u8],
}

impl Reader<'_> {
    #[inline]
    fn byte(&mut self) -> u8 {
        // The log only holds what `Writer` wrote: running out is a bug, not bad input.
        let (&b, rest) = self.rest.split_first().expect("the log decodes as written");
        self.rest = rest;
        b
    }

    /// Reads what [`Writer::u64`] wrote.
    #[inline]
    fn u64(&mut self) -> u64 {
        let first = *self.rest.first().expect("the log decodes as written");
        if first == 0 {
            let v = self.word(1);
            self.rest = &self.rest[9..];
            return v;
        }
        let n = first.trailing_zeros() + 1;
        let word = self.word(0);
        self.rest = &self.rest[n as usize..];
        let used = if n == 8 {
            word
        } else {
            word & ((1u64 << (8 * n)) - 1)
        };
        used >> n
    }

    /// The 8 bytes at `at` as a little-endian word, zeros past the end of the log.
    #[inline]
    fn word(&self, at: usize) -> u64 {
        let mut bytes = [0u8; 8];
        match self.rest.get(at..at + 8) {
            Some(b) => bytes.copy_from_slice(b),
            None => {
                let b = &self.rest[at..];
                bytes[..b.len()].copy_from_slice(b);
            }
        }
        u64::from_le_bytes(bytes)
    }

    #[inline]
    fn u32(&mut self) -> u32 {
        self.u64() as u32
    }

    #[inline]
    fn i64(&mut self) -> i64 {
        let v = self.u64();
        ((v >> 1) as i64) ^ -((v & 1) as i64)
    }

    #[inline]
    fn id(&mut self) -> StrId {
        self.u32().rotate_right(1)
    }

    #[inline]
    fn slot(&mut self) -> SlotContent {
        match self.u64() {
            0 => SlotContent::Empty,
            1 => SlotContent::Dummy,
            e => SlotContent::Entry((e - 2) as u32),
        }
    }

    /// Decodes a hot event written in context `ctx`; None (having read the `OTHER` tag)
    /// for the others.
    #[inline]
    fn hot(&mut self, ctx: &Context) -> Option<Event> {
        let tag = self.byte();
        Some(match tag {
            LINE => Event::Line { line: self.u32() },
            OP => Event::Op {
                code: self.u32(),
                pc: self.u32(),
            },
            OP_SAME_CODE => Event::Op {
                code: ctx.code,
                pc: self.u32(),
            },
            BIND => Event::Bind {
                name: self.id(),
                value: self.id(),
            },
            HASH => Event::Hash {
                hash: self.i64(),
                key: self.id(),
            },
            HASH_OF_INT => {
                let key = self.id();
                Event::Hash {
                    hash: inline_int_hash(key).expect("HASH_OF_INT names an inline int"),
                    key,
                }
            }
            DICT_FOCUS => Event::DictFocus { dict: self.u32() },
            LOCAL => Event::Local {
                frame: self.u32(),
                name: self.id(),
                value: self.id(),
            },
            PROBE_START..REINSERTED => {
                let flags = tag - PROBE_START;
                let hash = if flags & PS_SAME_HASH != 0 {
                    ctx.hash
                } else {
                    self.i64()
                };
                let mask = if flags & PS_SAME_MASK != 0 {
                    ctx.mask
                } else {
                    self.u32()
                };
                let slot = if flags & PS_SLOT_DERIVED != 0 {
                    first_slot(hash, mask)
                } else {
                    self.u32()
                };
                Event::Dict(DictEvent::ProbeStart { hash, slot, mask })
            }
            PROBE => Event::Dict(DictEvent::Probe {
                slot: self.u32(),
                content: self.slot(),
            }),
            PROBE_HERE => Event::Dict(DictEvent::Probe {
                slot: ctx.slot,
                content: self.slot(),
            }),
            PROBE_NEXT => Event::Dict(DictEvent::ProbeNext {
                from: self.u32(),
                slot: self.u32(),
                perturb: self.u64(),
            }),
            FOUND => Event::Dict(DictEvent::Found {
                slot: self.u32(),
                entry: self.u32(),
            }),
            FOUND_HERE => Event::Dict(DictEvent::Found {
                slot: ctx.slot,
                entry: self.u32(),
            }),
            NOT_FOUND => Event::Dict(DictEvent::NotFound { slot: self.u32() }),
            NOT_FOUND_HERE => Event::Dict(DictEvent::NotFound { slot: ctx.slot }),
            INSERTED..=0x3f => {
                let flags = tag - INSERTED;
                let slot = if flags & IN_SAME_SLOT != 0 {
                    ctx.slot
                } else {
                    self.u32()
                };
                let entry = if flags & IN_NEXT_ENTRY != 0 {
                    ctx.next_entry
                } else {
                    self.u32()
                };
                let hash = if flags & IN_SAME_HASH != 0 {
                    ctx.hash
                } else {
                    self.i64()
                };
                let key = if flags & IN_SAME_KEY != 0 {
                    ctx.key
                } else {
                    self.id()
                };
                Event::Dict(DictEvent::Inserted {
                    slot,
                    entry,
                    hash,
                    key,
                    value: self.id(),
                    reused_dummy: flags & IN_REUSED_DUMMY != 0,
                })
            }
            REINSERTED..NOT_FOUND_HERE => {
                let flags = tag - REINSERTED;
                let new_entry = if flags & RE_NEXT_ENTRY != 0 {
                    ctx.next_entry
                } else {
                    self.u32()
                };
                let old_entry = if flags & RE_SAME_ENTRY != 0 {
                    new_entry
                } else {
                    self.u32()
                };
                Event::Dict(DictEvent::Reinserted {
                    old_entry,
                    new_entry,
                    slot: self.u32(),
                })
            }
            VALUE_REPLACED => Event::Dict(DictEvent::ValueReplaced {
                entry: self.u32(),
                value: self.id(),
            }),
            _ => return None,
        })
    }
}

/// Decodes events forward.
pub struct Iter<'a> {
    rest: &'a [u8],
    left: usize,
    /// The number of the next event, and what its chunk said before it.
    index: usize,
    ctx: Context,
}

impl Iterator for Iter<'_> {
    type Item = Event;

    #[inline]
    fn next(&mut self) -> Option<Event> {
        if self.left == 0 {
            return None;
        }
        self.left -= 1;
        if self.index.is_multiple_of(CHUNK) {
            self.ctx = Context::default();
        }
        self.index += 1;
        let mut r = Reader { rest: self.rest };
        let e = match r.hot(&self.ctx) {
            Some(e) => {
                self.ctx.after(&e);
                e
            }
            None => {
                // The bytes were written by `push` from an `Event`, so they decode.
                let (e, rest) =
                    postcard::take_from_bytes::<Event>(r.rest).expect("the log decodes as written");
                r.rest = rest;
                e
            }
        };
        self.rest = r.rest;
        Some(e)
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        (self.left, Some(self.left))
    }
}

impl ExactSizeIterator for Iter<'_> {}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::trace::NO_STR;

    fn sample(n: u32) -> Vec<Event> {
        (0..n)
            .map(|i| match i % 4 {
                0 => Event::Line { line: i },
                1 => Event::Op { code: 0, pc: i },
                2 => Event::Hash {
                    hash: -(i as i64) * 1_000_003,
                    key: 0x8000_0000 | i,
                },
                _ => Event::Dict(DictEvent::Inserted {
                    slot: i,
                    entry: i / 2,
                    hash: i64::MIN + i as i64,
                    key: i,
                    value: u32::MAX,
                    reused_dummy: i % 3 == 0,
                }),
            })
            .collect()
    }

    #[test]
    fn every_event_reads_back_from_every_position() {
        let events = sample(200);
        let log: EventLog = events.iter().copied().collect();
        assert_eq!(log.len(), 200);
        assert_eq!(log.iter().collect::<Vec<_>>(), events);
        for i in 0..=200 {
            assert_eq!(log.get(i), events.get(i).copied());
            assert_eq!(log.iter_from(i).collect::<Vec<_>>(), events[i.min(200)..]);
        }
        assert_eq!(log.range(5, 9).collect::<Vec<_>>(), events[5..9]);
        assert_eq!(log.last(), events.last().copied());
    }

    #[test]
    fn varints_of_every_length_read_back() {
        let mut values = vec![0u64, 1, u64::MAX, u64::MAX - 1];
        for bits in 1..64 {
            values.extend([(1u64 << bits) - 1, 1u64 << bits, (1u64 << bits) + 1]);
        }
        let mut ctx = Context::default();
        for &v in &values {
            let mut buf = [0xa5u8; MAX_EVENT];
            let mut w = Writer {
                buf: &mut buf,
                n: 0,
                ctx: &mut ctx,
            };
            w.u64(v);
            let n = w.n;
            let bits = 64 - v.leading_zeros().min(63);
            assert_eq!(
                n,
                if bits > 56 {
                    9
                } else {
                    bits.div_ceil(7) as usize
                }
            );
            // Read from exactly the bytes written (no word past the end to lean on),
            // and with bytes following.
            for rest in [&buf[..n], &buf[..]] {
                let mut r = Reader { rest };
                assert_eq!(r.u64(), v, "{v:#x}");
                assert_eq!(r.rest.len(), rest.len() - n);
            }
        }
    }

    #[test]
    fn the_longest_events_fit_and_read_back() {
        let events = vec![
            Event::GcCounts {
                counts: [u32::MAX; 3],
                thresholds: [u32::MAX; 3],
            },
            Event::Dict(DictEvent::Cloned {
                entry: u32::MAX,
                hash: i64::MIN,
                key: u32::MAX,
                value: u32::MAX,
            }),
            Event::Dict(DictEvent::Inserted {
                slot: u32::MAX,
                entry: u32::MAX,
                hash: i64::MIN,
                key: u32::MAX,
                value: u32::MAX,
                reused_dummy: true,
            }),
        ];
        let log: EventLog = events.iter().copied().collect();
        assert_eq!(log.iter().collect::<Vec<_>>(), events);
    }

    #[test]
    fn typed_pushes_write_what_push_writes() {
        let events = sample(200);
        let general: EventLog = events.iter().copied().collect();
        let mut typed = EventLog::new();
        for e in &events {
            match *e {
                Event::Line { line } => typed.push_line(line),
                Event::Op { code, pc } => typed.push_op(code, pc),
                Event::Hash { hash, key } => typed.push_hash(hash, key),
                Event::Dict(d) => typed.push_dict(d),
                other => typed.push(other),
            }
        }
        typed.push_bind(3, NO_STR);
        typed.push_dict(DictEvent::Cleared);
        let mut general = general;
        general.push(Event::Bind {
            name: 3,
            value: NO_STR,
        });
        general.push(Event::Dict(DictEvent::Cleared));
        assert_eq!(typed, general);
        assert_eq!(typed.starts, general.starts);
        assert_eq!(typed.last(), Some(Event::Dict(DictEvent::Cleared)));
    }

    /// Events whose fields come from small pools, so that the context's shortcuts are
    /// taken and missed in every combination, across chunk boundaries.
    fn contextual(n: usize) -> Vec<Event> {
        let mut x: u64 = 0x2545_f491_4f6c_dd1d;
        let mut pick = |k: u64| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            x % k
        };
        let ints = [0x8000_0000u32, 0x8000_0005, 0xffff_fffe, 7, NO_STR];
        (0..n)
            .map(|_| {
                let hash = [0i64, 5, -2, i64::MIN, 1 << 40][pick(5) as usize];
                let slot = pick(4) as u32;
                let entry = pick(4) as u32;
                let key = ints[pick(5) as usize];
                match pick(11) {
                    0 => Event::Op {
                        code: pick(2) as u32,
                        pc: pick(30) as u32,
                    },
                    1 => Event::Hash { hash, key },
                    2 => Event::Dict(DictEvent::ProbeStart {
                        hash,
                        slot,
                        mask: [7u32, 15][pick(2) as usize],
                    }),
                    3 => Event::Dict(DictEvent::Probe {
                        slot,
                        content: SlotContent::Entry(entry),
                    }),
                    4 => Event::Dict(DictEvent::Found { slot, entry }),
                    5 => Event::Dict(DictEvent::NotFound { slot }),
                    6 => Event::Dict(DictEvent::Inserted {
                        slot,
                        entry,
                        hash,
                        key,
                        value: ints[pick(5) as usize],
                        reused_dummy: pick(2) == 0,
                    }),
                    7 => Event::Dict(DictEvent::Reinserted {
                        old_entry: entry,
                        new_entry: pick(4) as u32,
                        slot,
                    }),
                    8 => Event::Dict(DictEvent::ProbeNext {
                        from: slot,
                        slot: pick(4) as u32,
                        perturb: hash as u64,
                    }),
                    9 => Event::Dict(DictEvent::Cloned {
                        entry,
                        hash,
                        key,
                        value: key,
                    }),
                    _ => Event::Line { line: slot },
                }
            })
            .collect()
    }

    #[test]
    fn fields_left_to_context_read_back_from_every_position() {
        let events = contextual(2_000);
        let log: EventLog = events.iter().copied().collect();
        assert_eq!(log.iter().collect::<Vec<_>>(), events);
        for i in 0..=events.len() {
            assert_eq!(log.get(i), events.get(i).copied(), "event {i}");
        }
        assert_eq!(log.last(), events.last().copied());
        // The shortcuts are taken: the same events written without context need more.
        let plain: usize = events
            .iter()
            .map(|e| {
                let mut one = EventLog::new();
                one.push(*e);
                one.used
            })
            .sum();
        assert!(
            log.used < plain,
            "{} bytes, {plain} without context",
            log.used
        );
    }

    #[test]
    fn an_insert_loop_iteration_takes_few_bytes() {
        // What `d[i] = i` records for i = 1000 in a 2048-slot table.
        let i = 0x8000_0000 | 1000;
        let mut log = EventLog::new();
        log.push_line(3);
        log.push_op(0, 15);
        log.push_hash(1000, i);
        log.push_dict(DictEvent::ProbeStart {
            hash: 1000,
            slot: 1000,
            mask: 2047,
        });
        log.push_dict(DictEvent::NotFound { slot: 1000 });
        log.push_dict(DictEvent::Inserted {
            slot: 1000,
            entry: 1000,
            hash: 1000,
            key: i,
            value: i,
            reused_dummy: false,
        });
        // Line 2, op 2 (the code is the context's), hash 1 + 2 (the key: its hash is
        // its value), probe start 1 + 2 (the mask), not found 1, insertion 1 + 2 (the
        // entry) + 2 (the value). Without context it took 41.
        assert_eq!(log.used, 16);
        assert_eq!(log.len(), 6);
    }

    #[test]
    fn common_events_take_a_few_bytes() {
        let mut log = EventLog::new();
        log.push(Event::Line { line: 3 });
        log.push(Event::Op { code: 0, pc: 12 });
        assert!(log.used <= 5, "{} bytes", log.used);
    }
}

//! The CPU cost of one frame of the dict view and of the thread timeline (see
//! docs/performance.md): laying it out with egui and tessellating the shapes into
//! triangles, for a 2^16-slot table and a small one, and for a run of 100,000 slices.
//! No GPU is involved; this is the part of a frame pyxray itself controls.

use criterion::{Criterion, criterion_group, criterion_main};
use pyxray::frontend::compile;
use pyxray::trace::Timeline;
use pyxray::ui::dict_view::DictView;
use pyxray::ui::egui;
use pyxray::ui::views::{View, ViewCtx};
use pyxray::vm::{Vm, VmOptions};
use std::hint::black_box;

fn timeline(src: &str) -> Timeline {
    let program = compile(src, "bench.py").expect("compiles");
    let mut vm = Vm::new(
        program,
        VmOptions {
            trace: true,
            max_steps: u64::MAX,
            ..VmOptions::default()
        },
    );
    vm.run();
    Timeline::from_vm(vm)
}

/// Draws the view once into a 1000×800 central panel and tessellates the result.
fn frame(
    ctx: &egui::Context,
    view: &mut dyn View,
    t: &Timeline,
    state: &pyxray::trace::State,
    pos: usize,
) -> usize {
    let input = egui::RawInput {
        screen_rect: Some(egui::Rect::from_min_size(
            egui::Pos2::ZERO,
            egui::vec2(1000.0, 800.0),
        )),
        ..Default::default()
    };
    let out = ctx.run_ui(input, |ui| {
        egui::CentralPanel::default().show(ui, |ui| {
            let vctx = ViewCtx {
                timeline: t,
                state,
                pos,
                progress: 1.0,
                threads: Default::default(),
            };
            view.ui(ui, &vctx);
        });
    });
    let prims = ctx.tessellate(out.shapes, out.pixels_per_point);
    prims.len()
}

#[derive(Clone, Copy)]
enum Zoom {
    AsOpened,
    Whole,
    Quarter,
}

/// `stepping`: every frame shows another step (as playing does), so nothing cached for a
/// step can be reused.
fn bench_table(c: &mut Criterion, name: &str, src: &str, zoom: Zoom, stepping: bool) {
    let t = timeline(src);
    let last = t.len() - 1;
    let states = [t.state_at(last), t.state_at(last - 1)];
    let ctx = egui::Context::default();
    let mut view = DictView::default();
    frame(&ctx, &mut view, &t, &states[0], last);
    match zoom {
        Zoom::AsOpened => {}
        Zoom::Whole => view.zoom_to_all(),
        // Cells 10 px tall on screen: the farthest zoom that still draws a shape per slot,
        // so the most shapes (every one of the 64 columns, ~70 rows).
        Zoom::Quarter => view.look_at(egui::Rect::from_min_size(
            egui::Pos2::ZERO,
            egui::vec2(3200.0, 2600.0),
        )),
    }
    // Warm up: fonts, the first fit of the canvas.
    for _ in 0..3 {
        frame(&ctx, &mut view, &t, &states[0], last);
    }
    let mut k = 0usize;
    c.bench_function(name, |b| {
        b.iter(|| {
            if stepping {
                k += 1;
            }
            black_box(frame(&ctx, &mut view, &t, &states[k % 2], last - k % 2))
        })
    });
}

fn frames(c: &mut Criterion) {
    // 43,000 keys: a 2^16-slot table (usable 43,690): as it opens (its top rows), and
    // zoomed out until all 65,536 slots are on screen.
    let big = "d = {}\nfor i in range(43000):\n    d[i * 7919] = i\n";
    bench_table(c, "dict_view_frame/65536_slots", big, Zoom::AsOpened, false);
    bench_table(
        c,
        "dict_view_frame/65536_slots_quarter_zoom",
        big,
        Zoom::Quarter,
        false,
    );
    bench_table(
        c,
        "dict_view_frame/65536_slots_whole_table",
        big,
        Zoom::Whole,
        false,
    );
    bench_table(
        c,
        "dict_view_frame/65536_slots_whole_table_stepping",
        big,
        Zoom::Whole,
        true,
    );
    // 60 keys: a 128-slot table, every slot and entry drawn with text and arrows.
    bench_table(
        c,
        "dict_view_frame/128_slots",
        "d = {}\nfor i in range(60):\n    d[str(i)] = i\n",
        Zoom::AsOpened,
        false,
    );
}

/// The heap view over 5,000 live objects (50 lists of 100 instances), as opened and
/// zoomed out, at the last step.
fn heap_frames(c: &mut Criterion) {
    use pyxray::ui::heap_view::HeapView;
    let src = "import gc\nclass Node:\n    pass\n\ngroups = [[Node() for _ in range(100)] for _ in range(50)]\n";
    let t = timeline(src);
    let last = t.len() - 1;
    let state = t.state_at(last);
    assert!(
        state.heap.nodes.len() >= 5000,
        "{} objects",
        state.heap.nodes.len()
    );
    for zoom in [1.0f32, 0.2] {
        let ctx = egui::Context::default();
        let mut view = HeapView::default();
        view.set_zoom(zoom);
        let run = |view: &mut HeapView| {
            let input = egui::RawInput {
                screen_rect: Some(egui::Rect::from_min_size(
                    egui::Pos2::ZERO,
                    egui::vec2(1000.0, 800.0),
                )),
                ..Default::default()
            };
            let out = ctx.run_ui(input, |ui| {
                egui::CentralPanel::default().show(ui, |ui| {
                    let vctx = ViewCtx {
                        timeline: &t,
                        state: &state,
                        pos: last,
                        progress: 1.0,
                        threads: Default::default(),
                    };
                    view.ui(ui, &vctx);
                });
            });
            ctx.tessellate(out.shapes, out.pixels_per_point).len()
        };
        for _ in 0..3 {
            run(&mut view);
        }
        let name = format!("heap_view_frame/5000_objects_zoom_{zoom}");
        c.bench_function(&name, |b| b.iter(|| black_box(run(&mut view))));
    }
}

/// A trace of three threads handing the GIL round 50,000 times: 100,000 slices (each
/// thread runs, then waits), with the handoffs and forced-drop marks.
fn gil_timeline() -> Timeline {
    use pyxray::trace::threads::ThreadEv;
    use pyxray::trace::{Event, Trace};
    let program = compile("import threading\n", "bench.py").expect("compiles");
    let mut trace = Trace::default();
    for tid in 1..=3u32 {
        let name = trace.strings.intern(&format!("Thread-{tid}"));
        trace.events.push(Event::Thread {
            at: 0,
            ev: ThreadEv::Start { tid, name },
        });
    }
    for k in 0..50_000u64 {
        let tid = 1 + (k % 3) as u32;
        let t = 1_000 + k * 5_100;
        trace.events.push(Event::Thread {
            at: t,
            ev: ThreadEv::Take {
                tid,
                switched: true,
            },
        });
        trace.events.push(Event::Thread {
            at: t + 5_000,
            ev: ThreadEv::Timeout {
                tid: 1 + ((k + 1) % 3) as u32,
                request: true,
            },
        });
        trace.events.push(Event::Thread {
            at: t + 5_000,
            ev: ThreadEv::Drop { tid, forced: true },
        });
        trace.events.push(Event::Thread {
            at: t + 5_000,
            ev: ThreadEv::Wait { tid },
        });
    }
    Timeline::new(std::rc::Rc::new(program), trace)
}

fn timeline_frames(c: &mut Criterion) {
    let t = gil_timeline();
    let lanes = pyxray::trace::threads::Lanes::build(&t.trace);
    let slices: usize = lanes.lanes.iter().map(|l| l.slices.len()).sum();
    assert!(slices >= 100_000, "{slices} slices");
    let last = t.len() - 1;
    let state = t.state_at(last / 2);
    let ctx = egui::Context::default();
    let mut view = pyxray::ui::timeline_view::TimelineView::default();
    for _ in 0..3 {
        frame(&ctx, &mut view, &t, &state, last / 2);
    }
    c.bench_function("timeline_view_frame/100000_slices_whole_run", |b| {
        b.iter(|| black_box(frame(&ctx, &mut view, &t, &state, last / 2)))
    });
}

criterion_group!(benches, frames, heap_frames, timeline_frames);
criterion_main!(benches);

//! TEMPORARY placeholder for the trace (being written).
use crate::models::dict::{Dict, DictEvent};
use crate::vm::object::ObjId;
use std::collections::HashMap;
#[derive(Default, Clone)]
pub struct Recorder;
impl Recorder {
    pub fn new() -> Self { Recorder }
    pub fn at_instruction(&mut self, _c: u32, _p: u32) {}
    pub fn line(&mut self, _l: u32) {}
    pub fn bind(&mut self, _n: &str, _v: Option<&str>) {}
    pub fn refresh(&mut self, _n: &str, _v: &str) {}
    pub fn hash(&mut self, _t: &str, _h: i64) {}
    pub fn dict_new(&mut self, _id: u32, _d: &Dict<ObjId, ObjId>, _t: &[(String, String)]) {}
    pub fn dict_event(&mut self, _id: u32, _e: DictEvent<ObjId, ObjId>, _t: &HashMap<ObjId, String>) {}
    pub fn output(&mut self, _t: &str) {}
    pub fn raised(&mut self) {}
}
pub enum Granularity { Line, Op, Micro }
pub struct Timeline;
impl Timeline {
    pub fn from_vm(_vm: crate::vm::Vm) -> Self { Timeline }
    pub fn render_text(&self, _g: Granularity) -> String { String::new() }
    pub fn render_json(&self, _g: Granularity) -> String { String::new() }
}

import gc
gc.disable(); gc.collect()

events = []
def cb(phase, info):
    events.append((phase, info["generation"], info["collected"]))
    print(phase, "gen", info["generation"], "collected", info["collected"], "uncollectable", info["uncollectable"])

gc.callbacks.append(cb)
for gen in (0, 1, 2):
    junk = []
    junk.append(junk)
    del junk
    print("collect(%d) ->" % gen, gc.collect(gen))
gc.callbacks.remove(cb)
print("events:", len(events))
print("starts:", [e[1] for e in events if e[0] == "start"])

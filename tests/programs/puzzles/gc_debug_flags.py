import gc
print(gc.get_debug(), gc.DEBUG_LEAK, gc.DEBUG_STATS, gc.get_freeze_count())
gc.set_debug(gc.DEBUG_UNCOLLECTABLE)
print(gc.get_debug())
gc.set_debug(0)
print(gc.get_debug())

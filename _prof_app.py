import cProfile
import sys

sys.path.insert(0, "/work/main")
import streamlit_app

prof_holder = sys.modules.setdefault("_prof_holder", type(sys)("_prof_holder"))
if not hasattr(prof_holder, "pr"):
    prof_holder.pr = cProfile.Profile()
    prof_holder.on = False
if prof_holder.on:
    prof_holder.pr.enable()
try:
    streamlit_app.main()
finally:
    if prof_holder.on:
        prof_holder.pr.disable()

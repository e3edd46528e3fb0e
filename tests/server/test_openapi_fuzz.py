"""A short schemathesis run over /openapi.json against the live SQLite server: no input,
valid or not, may cause a 5xx."""

from __future__ import annotations

import time

import pytest
import requests
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis.errors import Unsatisfiable

from tests.server.conftest import TIMEOUT, Clinic

schemathesis = pytest.importorskip("schemathesis")
from schemathesis import GenerationMode  # noqa: E402

BUDGET_S = 12.0


def test_openapi_documents_the_protocol(clinic_sqlite: Clinic) -> None:
    spec = requests.get(f"{clinic_sqlite.base}/openapi.json", timeout=TIMEOUT).json()
    assert {"/v1/enroll", "/v1/push", "/v1/changes", "/v1/status"} <= set(spec["paths"])
    assert "MutationIn" in spec["components"]["schemas"]


def test_no_5xx_for_any_input(clinic_sqlite: Clinic) -> None:
    dev = clinic_sqlite.device()
    pid = dev.new_patient()
    schema = schemathesis.openapi.from_url(f"{clinic_sqlite.base}/openapi.json")
    session = requests.Session()
    tokens = st.sampled_from([dev.token, "forged", ""])
    started = time.monotonic()
    failures: list[str] = []
    calls = 0
    for result in schema.get_all_operations():
        operation = result.ok()
        for mode in (GenerationMode.POSITIVE, GenerationMode.NEGATIVE):
            strategy = operation.as_strategy(generation_mode=mode)

            @settings(max_examples=25, deadline=None, database=None, derandomize=True,
                      suppress_health_check=list(HealthCheck))
            @given(case=strategy, token=tokens)
            def check(case: object, token: str) -> None:
                nonlocal calls
                if time.monotonic() - started > BUDGET_S:
                    return
                headers = {"Authorization": f"Bearer {token}"} if token else {}
                resp = case.call(base_url=clinic_sqlite.base,  # type: ignore[attr-defined]
                                 session=session, headers=headers, timeout=TIMEOUT)
                calls += 1
                if resp.status_code >= 500:
                    failures.append(f"{operation.label} -> {resp.status_code}")

            try:
                check()
            except Unsatisfiable:
                pass  # e.g. no invalid request can be made for a GET without parameters
    assert calls > 20
    assert not failures, failures[:5]
    # the server is still fine, and nothing of the patient was lost
    assert ("patients", pid) in dev.records()

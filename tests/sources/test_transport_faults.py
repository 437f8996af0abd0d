"""Network faults are told apart by class name, whichever HTTP library huggingface_hub brings (requests, httpx, httpx2)."""

from __future__ import annotations

import pytest

from openscore.sources.hub.client import transport_fault


def fake(name: str, *bases: type) -> type:
    return type(name, bases or (Exception,), {})


RequestException = fake("RequestException", OSError)
TransportError = fake("TransportError")


@pytest.mark.parametrize(("exc", "fault"), [
    (fake("ReadTimeout", fake("TimeoutException", TransportError))(), "timeout"),  # httpx, httpx2
    (fake("ConnectError", fake("NetworkError", TransportError))(), "connection"),
    (fake("ConnectTimeout", fake("ConnectionError", RequestException), fake("Timeout", RequestException))(), "timeout"),  # requests
    (fake("ConnectionError", RequestException)(), "connection"),
    (TimeoutError(), "timeout"),
    (ValueError("not JSON"), None),
    (KeyError("id"), None),
])
def test_faults_by_class_name(exc, fault):
    assert transport_fault(exc) == fault

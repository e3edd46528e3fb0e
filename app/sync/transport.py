"""Talking to the clinic server (server/PROTOCOL.md) over HTTPS.

:class:`Transport` is what the engine needs; :class:`HttpTransport` is the real one
(``requests``; TLS verification always on, optionally against a clinic CA bundle; connect and
read timeouts; a bounded number of retries with jittered exponential backoff for network
failures, 429 and 5xx). The device token lives in the OS keyring (:class:`KeyringTokens`),
never in a file, a log line or an exception text.
"""

from __future__ import annotations

import logging
import random
import time
from typing import Any, Callable, Protocol

from app.models.errors import HearthError

log = logging.getLogger(__name__)

KEYRING_ENTRY = "sync-token:{store_id}"


# -- errors --------------------------------------------------------------------------------------
class SyncError(HearthError):
    """A sync that could not be done; the message says why (no patient data, no token)."""

    exit_code = 2


class ServerUnreachable(SyncError):
    """The server could not be reached or answered 5xx/429 after the retries: try later."""

    exit_code = 75  # EX_TEMPFAIL


class NotEnrolled(SyncError):
    exit_code = 2


class BadEnrollmentCode(SyncError):
    exit_code = 2


class Unauthorized(SyncError):
    """The server does not know this device's token (``unauthorized``)."""

    exit_code = 77  # EX_NOPERM


class DeviceRevoked(SyncError):
    """The server revoked this device (``device_revoked``); the store has been wiped.
    ``final_upload``: the clinic still allows one last push of the unsent changes."""

    exit_code = 77

    def __init__(self, message: str, *, final_upload: bool = False) -> None:
        super().__init__(message)
        self.final_upload = final_upload


class ServerRefused(SyncError):
    """A 4xx answer other than the above (a bug on one side); nothing was lost locally."""

    exit_code = 76  # EX_PROTOCOL

    def __init__(self, message: str, status: int = 0, body: Any = None) -> None:
        super().__init__(message)
        self.status = status
        self.body = body


# -- the interface ---------------------------------------------------------------------------
class Transport(Protocol):
    def enroll(self, code: str, device_name: str) -> dict[str, Any]: ...

    def push(self, generation: str | None, mutations: list[dict[str, Any]], *,
             cursor: int | None = None, changes_limit: int = 0,
             final: bool | None = None) -> dict[str, Any]: ...

    def changes(self, after: int, limit: int) -> dict[str, Any]: ...

    def status(self) -> dict[str, Any]: ...

    def set_token(self, token: str | None) -> None: ...


# -- token storage -------------------------------------------------------------------------------
class TokenStore(Protocol):
    def get(self, store_id: str) -> str | None: ...

    def put(self, store_id: str, token: str) -> None: ...

    def delete(self, store_id: str) -> None: ...


class KeyringTokens:
    """Device tokens in the OS keyring (service "Hearth", entry ``sync-token:<store id>``)."""

    def get(self, store_id: str) -> str | None:
        from app.models import keys

        try:
            return keys._keyring().get_password(keys.KEYRING_SERVICE,
                                                KEYRING_ENTRY.format(store_id=store_id)) or None
        except Exception:  # noqa: BLE001 - no keyring: no token
            return None

    def put(self, store_id: str, token: str) -> None:
        from app.models import keys

        if not keys.keyring_available():
            raise SyncError("no usable OS keyring here: the device token must be kept in one "
                            "(it is never written to a file); enrolment was not finished")
        keys._keyring().set_password(keys.KEYRING_SERVICE,
                                     KEYRING_ENTRY.format(store_id=store_id), token)

    def delete(self, store_id: str) -> None:
        from app.models import keys

        try:
            keys._keyring().delete_password(keys.KEYRING_SERVICE,
                                            KEYRING_ENTRY.format(store_id=store_id))
        except Exception:  # noqa: BLE001 - already gone
            pass


class MemoryTokens:
    """Tokens in memory only (tests, a throwaway demo)."""

    def __init__(self) -> None:
        self._tokens: dict[str, str] = {}

    def get(self, store_id: str) -> str | None:
        return self._tokens.get(store_id)

    def put(self, store_id: str, token: str) -> None:
        self._tokens[store_id] = token

    def delete(self, store_id: str) -> None:
        self._tokens.pop(store_id, None)


# -- HTTP ------------------------------------------------------------------------------------------
def backoff_delays(attempts: int, base: float, cap: float,
                   rand: Callable[[], float] = random.random) -> list[float]:
    """Full-jitter exponential backoff: attempt i waits uniform(0, min(cap, base * 2**i))."""
    return [rand() * min(cap, base * (2 ** i)) for i in range(max(0, attempts - 1))]


class HttpTransport:
    def __init__(self, url: str, *, token: str | None = None, ca_file: str | None = None,
                 timeout: tuple[float, float] = (5.0, 30.0), attempts: int = 4,
                 backoff_base: float = 0.5, backoff_cap: float = 8.0,
                 sleep: Callable[[float], None] = time.sleep) -> None:
        import requests

        from urllib.parse import urlsplit

        parts = urlsplit(url)
        loopback = parts.hostname in ("127.0.0.1", "::1", "localhost")
        if parts.scheme != "https" and not (parts.scheme == "http" and loopback):
            # Plain HTTP only to this computer itself (a local test server).
            raise SyncError("the server address must start with https://")
        self.url = url.rstrip("/")
        self._token = token
        self._session = requests.Session()
        # Verification is never turned off: a clinic CA bundle may be given instead.
        # Passed with each request too: requests lets REQUESTS_CA_BUNDLE / CURL_CA_BUNDLE
        # override a session's own setting, which would drop the clinic's CA file.
        self._verify: bool | str = ca_file if ca_file else True
        self._session.verify = self._verify
        self.timeout = timeout
        self.attempts = max(1, attempts)
        self.backoff_base = backoff_base
        self.backoff_cap = backoff_cap
        self._sleep = sleep

    def __repr__(self) -> str:  # never the token
        return f"HttpTransport({self.url!r})"

    def set_token(self, token: str | None) -> None:
        self._token = token

    def close(self) -> None:
        self._session.close()

    # -- endpoints
    def enroll(self, code: str, device_name: str) -> dict[str, Any]:
        return self._call("POST", "/v1/enroll", json={"code": code, "device_name": device_name},
                          auth=False)

    def push(self, generation: str | None, mutations: list[dict[str, Any]], *,
             cursor: int | None = None, changes_limit: int = 0,
             final: bool | None = None) -> dict[str, Any]:
        # Safe to retry: the server replays a mutation id's first result.
        body: dict[str, Any] = {"generation": generation, "cursor": cursor,
                                "mutations": mutations}
        if changes_limit:
            body["changes_limit"] = changes_limit
        if final is not None:  # a revoked device's final upload; True: its last batch
            body["final_upload"] = True
            body["final"] = final
        return self._call("POST", "/v1/push", json=body)

    def changes(self, after: int, limit: int) -> dict[str, Any]:
        return self._call("GET", "/v1/changes", params={"after": after, "limit": limit})

    def status(self) -> dict[str, Any]:
        return self._call("GET", "/v1/status")

    # -- the one request loop
    def _call(self, method: str, path: str, *, json: Any = None, params: Any = None,
              auth: bool = True) -> dict[str, Any]:
        import requests

        headers = {"Accept": "application/json"}
        if auth:
            if not self._token:
                raise NotEnrolled("this device has no sync token (enrol it with 'hearth enroll')")
            headers["Authorization"] = f"Bearer {self._token}"
        delays = backoff_delays(self.attempts, self.backoff_base, self.backoff_cap)
        last_problem = "no answer"
        for attempt in range(self.attempts):
            try:
                resp = self._session.request(method, self.url + path, json=json, params=params,
                                             headers=headers, timeout=self.timeout,
                                             verify=self._verify)
            except requests.exceptions.SSLError:
                raise ServerUnreachable(
                    "the server's certificate could not be verified (give the clinic's CA "
                    "bundle with --ca-file); nothing was sent") from None
            except (requests.exceptions.ConnectionError, requests.exceptions.Timeout) as exc:
                last_problem = type(exc).__name__
            else:
                if resp.status_code < 400:
                    try:
                        body = resp.json()
                    except ValueError:
                        raise ServerRefused("the server's answer was not JSON",
                                            resp.status_code) from None
                    if not isinstance(body, dict):
                        raise ServerRefused("the server's answer was not a JSON object",
                                            resp.status_code)
                    return body
                if resp.status_code == 429 or resp.status_code >= 500:
                    last_problem = f"HTTP {resp.status_code}"
                else:
                    self._raise_for(resp)
            if attempt < self.attempts - 1:
                log.info("sync: %s %s failed (%s); retrying", method, path, last_problem)
                self._sleep(delays[attempt])
        raise ServerUnreachable(f"the sync server cannot be reached ({last_problem}); "
                                "nothing was lost, try again later")

    @staticmethod
    def _raise_for(resp: Any) -> None:
        try:
            body = resp.json()
        except ValueError:
            body = {}
        error = body.get("error") if isinstance(body, dict) else None
        if resp.status_code == 401:
            if error == "device_revoked":
                raise DeviceRevoked("this device was revoked by the clinic",
                                    final_upload=bool(body.get("final_upload")))
            raise Unauthorized("the server does not accept this device's token; enrol it again")
        if resp.status_code == 403 and error == "bad_code":
            raise BadEnrollmentCode("the enrolment code is wrong, used or expired; ask the "
                                    "clinic for a new one")
        raise ServerRefused(f"the server refused the request (HTTP {resp.status_code}"
                            f"{', ' + str(error) if error else ''})", resp.status_code, body)

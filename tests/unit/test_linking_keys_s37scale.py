"""Linking's memoised hashes are bounded small and give the same keys as the unmemoised hash."""

from __future__ import annotations

import hashlib

from kutip.index.linking import keys


def _plain(text: str) -> int:
    return int.from_bytes(hashlib.blake2b(text.encode("utf-8"), digest_size=8).digest(), "big", signed=True)


def test_the_memo_is_bounded_well_below_the_old_200k() -> None:
    info = keys._hash.cache_info()
    assert info.maxsize == keys.HASH_MEMO
    assert keys.HASH_MEMO <= 1 << 15


def test_keys_past_the_memo_bound_are_the_hashes_they_always_were() -> None:
    keys._hash.cache_clear()
    names = [f"nama{i}" for i in range(40)]
    terms = [f"kata{i}" for i in range(keys.HASH_MEMO // 20)]  # 40 × this: more than the memo holds
    first = {(n, t): keys.key_of(n, t) for n in names for t in terms}
    assert keys._hash.cache_info().currsize == keys.HASH_MEMO
    again = {(n, t): keys.key_of(n, t) for n in reversed(names) for t in terms}  # evicted, hashed again
    assert first == again
    assert all(first[n, t] == _plain(f"{n}\x1f{t}") >> 32 for n, t in list(first)[:: len(first) // 50])


def test_stored_keys_are_a_subset_of_lookup_keys_whatever_the_memo_holds() -> None:
    keys._hash.cache_clear()
    terms = ["harga", "beras", "naik", "pasar", "induk", "pekan", "ini", "harga", "turun"]
    stored = keys.stored_keys(["sari", "dewi"], terms)
    keys._hash.cache_clear()
    assert stored <= keys.lookup_keys(["dewi", "sari"], terms)
    assert keys.pair_keys(terms, stored=True) <= keys.pair_keys(terms, stored=False)

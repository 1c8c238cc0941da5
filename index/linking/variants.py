"""Spelling variants news writers swap freely, mapped to one form before comparison.

Two outlets reporting one remark often differ only in register (``tak``/``tidak``),
abbreviation (``Kab.``/``Kabupaten``, ``SD``/``sekolah dasar``) or a near-synonym
verb (``minta``/``mohon``); folding them keeps such pairs from looking different.
Keys are case-folded single words; values may be several words.
"""

from __future__ import annotations

VARIANTS: dict[str, str] = {
    # negation and informal Indonesian
    "tak": "tidak",
    "gak": "tidak",
    "nggak": "tidak",
    "enggak": "tidak",
    "ndak": "tidak",
    "tdk": "tidak",
    "tapi": "tetapi",
    "mau": "ingin",
    "pengen": "ingin",
    "mohon": "minta",
    "sdh": "sudah",
    "udah": "sudah",
    "blm": "belum",
    "yg": "yang",
    "dgn": "dengan",
    "utk": "untuk",
    "krn": "karena",
    "tsb": "tersebut",
    "dg": "dengan",
    "bilang": "kata",
    # administrative abbreviations
    "kab": "kabupaten",
    "kec": "kecamatan",
    "kel": "kelurahan",
    "prov": "provinsi",
    "pemkot": "pemerintah kota",
    "pemkab": "pemerintah kabupaten",
    "pemprov": "pemerintah provinsi",
    "pemda": "pemerintah daerah",
    "sd": "sekolah dasar",
    "smp": "sekolah menengah pertama",
    "sma": "sekolah menengah atas",
    "rs": "rumah sakit",
    "rsud": "rumah sakit umum daerah",
    "jl": "jalan",
    "jln": "jalan",
    "thn": "tahun",
    "rp": "rupiah",
    "pct": "persen",
    "percent": "persen",
    # English contractions split by the tokenizer
    "can't": "cannot",
    "don't": "do not",
    "doesn't": "does not",
    "isn't": "is not",
    "aren't": "are not",
    "we're": "we are",
    "it's": "it is",
}

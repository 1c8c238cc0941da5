"""Small original articles for the tests (written for kutip, not copied from any outlet)."""

from __future__ import annotations

from pathlib import Path

BANJIR = """Banjir Rendam Tiga Kecamatan di Bekasi

Kabar Nusantara, Bekasi - Banjir merendam tiga kecamatan di Bekasi setelah hujan deras turun sejak Senin malam. Warga mengungsi ke balai desa, Selasa (12/11/2024).

"Kami sudah menyiapkan perahu karet dan dapur umum untuk warga," kata Kepala Badan Penanggulangan Bencana Daerah Bekasi Sari Handayani.

Sari mengatakan air mulai surut pada Rabu pagi. "Warga diminta tetap waspada karena hujan masih turun," ujarnya.

Baca Juga: Hujan Deras Diprediksi Turun Sepekan
"""

TRANSIT = """Jakarta Opens New Light Rail Line

JAKARTA (Reuters) — Jakarta opened a new light rail line on Friday, linking the old port district to the business centre, the city's transport agency said.

"This line will take thousands of cars off the road every day," said Hendra Wijaya, head of the city transport agency, on Nov. 15, 2024.

He said ministers would review ticket prices next month. "We want every worker to afford the ride," he added.
"""

DIPLOMASI = """Menlu Bahas Kerja Sama Pangan dengan Korea Utara

Kamis, 7 November 2024 14:20 WIB

Jakarta, Warta Kota Digital - Menteri Luar Negeri Dewi Anggraini menerima utusan Korea Utara di Jakarta untuk membahas kerja sama pangan.

"Indonesia ingin membantu tanpa syarat politik," tutur Dewi kepada wartawan, Kamis (7/11/2024).

Menurut Dewi, pembicaraan berikutnya akan digelar di Pyongyang tahun depan.
"""


def write_corpus(folder: Path) -> dict[str, Path]:
    folder.mkdir(parents=True, exist_ok=True)
    files = {"banjir": BANJIR, "transit": TRANSIT, "diplomasi": DIPLOMASI}
    paths = {}
    for name, text in files.items():
        path = folder / f"{name}.txt"
        path.write_text(text, encoding="utf-8")
        paths[name] = path
    return paths

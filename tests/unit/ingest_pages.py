"""Made-up story parts that several metadata test files build their pages around.

Each test file names the part it adds (a dateline, a stamp, a footer); these are the plain paragraphs
around it, written once. All names and wording are invented.
"""

from __future__ import annotations

# A mended village bridge (sessions 37 to 40): three paragraphs to follow a lead, and a dated lead.
BRIDGE_STORY = (
    "Warga desa di lereng gunung itu bergotong royong memperbaiki jembatan yang rusak diterjang banjir.\n\n"
    "Kepala desa mengatakan perbaikan ditargetkan selesai sebelum musim hujan berikutnya tiba.\n\n"
    "Warga berharap pemerintah kabupaten membantu bahan bangunan untuk jembatan tersebut."
)
BRIDGE_LEAD = (
    "Bupati Sukamaju meresmikan jembatan gantung baru yang menghubungkan dua desa di tepi sungai, "
    "Minggu (15/1/2023)."
)

# A new bridge a village plans (session 31's lead-site, invitation and own-name pages).
PLANNED_BRIDGE_TITLE = "Warga Sukamaju Gotong Royong Bangun Jembatan Desa"
PLANNED_BRIDGE_LEAD = (
    "Warga desa berkumpul di balai pertemuan untuk membahas rencana pembangunan jembatan baru "
    "yang sudah lama mereka tunggu sejak banjir besar tahun lalu."
)
PLANNED_BRIDGE_MORE = (
    '"Kami ingin jembatan ini selesai sebelum musim hujan," kata Kepala Desa Fulan Hidayat.\n\n'
    "Pekerjaan dimulai pekan depan dengan bantuan warga dari tiga dusun."
)

# A cleared irrigation channel: an undated lead and two paragraphs with a quote.
IRRIGATION_LEAD = (
    "Warga Desa Sukamaju bergotong royong membersihkan saluran irigasi yang tersumbat lumpur sejak "
    "banjir pekan lalu."
)
IRRIGATION_BODY = (
    '"Kami tidak mau sawah gagal panen lagi tahun ini," kata Kepala Desa Sukamaju, Fulan Hidayat, '
    "kepada wartawan.\n\n"
    "Menurut dia, perbaikan pintu air akan dimulai setelah dana desa cair bulan depan.\n"
)

# Scarce fertiliser (session 32 and 33 dateline-slot pages): a lead in lower case, to follow a slot.
FERTILISER_LEAD = (
    "para petani di Kabupaten Sukamaju kembali mengeluhkan kelangkaan pupuk bersubsidi menjelang musim "
    "tanam tahun ini."
)
FERTILISER_MORE = "\n\n“Kami sudah menunggu dua minggu,” kata Fulan Hidayat, seorang petani.\n"


def volleyball_page(stamp: str) -> str:
    """A sports page whose photo caption dates its picture Saturday 2 March 2024, then ``stamp`` (its own
    paragraphs: a clock, a day), then the story: the session 36 and 37 caption-day tests."""
    return (
        "Pelatih Baru Siap Bawa Tim Bola Voli Kota Juara Musim Depan\n\n"
        "Para pemain tim bola voli kota berfoto bersama usai laga melawan tim tamu, Sabtu (2/3/2024).\n\n"
        f"{stamp}\n\n"
        "Pelatih baru tim bola voli kota menyatakan siap membawa timnya menjadi juara pada musim depan.\n\n"
        "Ia mengatakan latihan akan dimulai pekan depan di gedung olahraga kota bersama seluruh pemain.\n\n"
        "Manajer tim berharap dukungan warga terus mengalir hingga akhir musim kompetisi nanti."
    )


# Corn picked early in a drought (session 43's date and outlet pages): a headline and a quote to follow a lead.
HARVEST_TITLE = "Petani Sukamaju Panen Jagung Lebih Awal karena Kemarau"
HARVEST_MORE = (
    '"Kalau ditunda, tongkolnya kering di pohon," kata Kepala Desa Sukamaju, Fulan Hidayat.\n\n'
    "Menurut dia, harga jagung di tingkat petani masih bertahan di kisaran yang sama.\n"
)

"""A made-up village news page, cut in three, that the session-34 outlet and masthead tests build
their pages around (a headline, a dated lead, two more paragraphs)."""

HEAD = "Warga Sukamaju Gelar Kerja Bakti Bersihkan Saluran Air\n\n"
LEAD = (
    "Ratusan warga Desa Sukamaju bergotong royong membersihkan saluran air menjelang musim hujan tahun "
    "ini, Minggu (3/11/2024).\n\n"
)
MORE = (
    "“Kami tidak mau banjir seperti tahun lalu terulang lagi,” kata Fulan Hidayat, ketua RT setempat.\n\n"
    "Kegiatan itu diikuti warga dari tiga dusun dan berlangsung sejak pagi hingga siang hari.\n\n"
)

#!/usr/bin/env python3
"""Regenerates the small edge-case fixtures in this folder (see README.md).
Run from this folder: python3 make-fixtures.py. Output is deterministic."""
import zipfile, random

SIMP = "滴道区2022年法治政府建设年度报告\n一、主要举措和成效\n(一)坚持党的领导,推进法治政府建设。\n二、存在的不足和原因\n"
TRAD = "臺北市政府法治政府建設年度報告\n一、主要舉措和成效\n(一)堅持黨的領導,推進法治政府建設。\n"

def w(name, data):
    with open(name, "wb") as f:
        f.write(data)

w("utf8.txt", SIMP.encode("utf-8"))
w("utf8-bom.txt", b"\xef\xbb\xbf" + SIMP.encode("utf-8"))
w("utf16le-bom.txt", b"\xff\xfe" + SIMP.encode("utf-16-le"))
w("utf16be-bom.txt", b"\xfe\xff" + SIMP.encode("utf-16-be"))
w("utf16le.txt", SIMP.encode("utf-16-le"))
w("utf16be.txt", SIMP.encode("utf-16-be"))
w("gb18030.txt", SIMP.encode("gb18030"))
w("big5.txt", TRAD.encode("big5"))
w("empty.txt", b"")
random.seed(7)
w("random.bin", bytes(random.randrange(256) for _ in range(2048)))

# HTML in GBK announced by <meta http-equiv>, with furniture outside the article container.
GBK_PAGE = """<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk">
<title>某某区2023年法治政府建设年度报告_某某区人民政府</title>
<meta name="ArticleTitle" content="某某区2023年法治政府建设年度报告"><meta name="PubDate" content="2024-03-01">
<meta name="ContentSource" content="某某区司法局"></head><body>
<div class="nav"><a href="/">首页</a> &gt; <a href="/zwgk">政务公开</a></div>
<div class="main"><div class="sidebar"><ul><li>通知公告</li><li>政策解读</li></ul></div>
<div id="zoom"><h1>某某区2023年法治政府建设年度报告</h1><p>&nbsp;&nbsp;2023年,我区坚持依法行政。</p>
<p>一、主要举措和成效</p><p>(一)完善制度&amp;机制。<br>(二)规范执法。</p>
<table><tr><td>项目</td><td>数量</td></tr><tr><td>规范性文件</td><td>12</td></tr></table></div></div>
<div class="footer">主办单位:某某区人民政府办公室 网站标识码:1234567890</div></body></html>"""
w("gbk-meta.html.raw", GBK_PAGE.encode("gbk"))

SCRIPT_PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>脚本测试</title>
<script>document.title = "被篡改"; window.__pwned = true;</script><style>p { color: red }</style></head>
<body onload="window.__pwned = true"><div class="article">
<p onclick="alert('x')">点击事件段落的文字保留。</p>
<p><a href="javascript:alert(1)">链接文字保留</a>,后续文字。</p>
<script>var secret = "脚本内容不应出现";</script><noscript>请启用脚本</noscript>
<iframe src="https://example.com">框架内容</iframe><svg><text>矢量图文字</text></svg>
<p><img src="x" onerror="window.__pwned = true">图片之后的文字。</p>
<template><p>模板内容</p></template>
</div></body></html>"""
w("scripts.html.raw", SCRIPT_PAGE.encode("utf-8"))

# DOCX with heading styles (by name, by inheritance and by outline level), a table,
# tracked changes, a tab and a line break.
NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
def para(text, style=None, extra=""):
    ppr = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
    return f"<w:p>{ppr}{extra}<w:r><w:t xml:space=\"preserve\">{text}</w:t></w:r></w:p>"
body = "".join([
    para("某某区2023年法治政府建设年度报告", "Title"),
    para("一、主要举措和成效", "1"),
    para("(一)完善制度", "MyHeading"),
    '<w:p><w:pPr><w:outlineLvl w:val="2"/></w:pPr><w:r><w:t>1.大纲级别标题</w:t></w:r></w:p>',
    '<w:p><w:r><w:t>正文第一段</w:t></w:r><w:del w:id="1" w:author="a"><w:r><w:delText>已删除的文字</w:delText></w:r></w:del>'
    '<w:ins w:id="2" w:author="a"><w:r><w:t>插入的文字</w:t></w:r></w:ins><w:r><w:t>。</w:t></w:r></w:p>',
    '<w:p><w:r><w:t>甲</w:t><w:tab/><w:t>乙</w:t><w:br/><w:t>第二行</w:t></w:r></w:p>',
    '<w:tbl><w:tr><w:tc><w:p><w:r><w:t>项目</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>数量</w:t></w:r></w:p></w:tc></w:tr>'
    '<w:tr><w:tc><w:p><w:r><w:t>规范性文件</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>12</w:t></w:r></w:p></w:tc></w:tr></w:tbl>',
    para("二、存在的不足 &amp; 原因", "1"),
])
DOC = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {NS}><w:body>{body}<w:sectPr/></w:body></w:document>'
STYLES = (f'<?xml version="1.0" encoding="UTF-8"?><w:styles {NS}>'
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>'
    '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/></w:style>'
    '<w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/></w:style>'
    '<w:style w:type="paragraph" w:styleId="2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/></w:style>'
    '<w:style w:type="paragraph" w:customStyle="1" w:styleId="MyHeading"><w:name w:val="我的标题"/><w:basedOn w:val="2"/></w:style>'
    '</w:styles>')
CORE = ('<?xml version="1.0" encoding="UTF-8"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>某某区2023年法治政府建设年度报告</dc:title><dc:creator>某某区司法局</dc:creator></cp:coreProperties>')
CT = ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
def make_docx(name, parts):
    with zipfile.ZipFile(name, "w", zipfile.ZIP_DEFLATED) as z:
        for n, data in parts:
            zi = zipfile.ZipInfo(n, date_time=(2024, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
make_docx("headings.docx", [("[Content_Types].xml", CT), ("word/document.xml", DOC), ("word/styles.xml", STYLES), ("docProps/core.xml", CORE)])
make_docx("no-document.docx", [("[Content_Types].xml", CT), ("word/styles.xml", STYLES)])
full = open("headings.docx", "rb").read()
w("truncated.docx", full[: len(full) // 2])

# OLE compound files: only the header and a directory sector matter to the reader.
def ole(names):
    header = bytes.fromhex("D0CF11E0A1B11AE1") + bytes(16) + bytes.fromhex("3E000300FEFF0900") + bytes(512 - 32)
    directory = b"".join(n.encode("utf-16-le").ljust(64, b"\0") + bytes(64) for n in names)
    return header + directory.ljust(512, b"\0")
w("legacy.doc", ole(["Root Entry", "WordDocument", "1Table"]))
w("encrypted.docx", ole(["Root Entry", "EncryptionInfo", "EncryptedPackage"]))

# PDFs written by hand, with a correct xref table.
def pdf(objects, trailer_extra=""):
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offsets = []
    for i, obj in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n".encode() + obj + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{o:010d} 00000 n \n".encode() for o in offsets)
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R {trailer_extra}>>\nstartxref\n{xref}\n%%EOF\n".encode()
    return out
img = bytes([128] * 64)
content = b"q 200 0 0 200 100 400 cm /Im1 Do Q"
w("image-only.pdf", pdf([
    b"<< /Type /Catalog /Pages 2 0 R >>",
    b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im1 4 0 R >> >> /Contents 5 0 R >>",
    f"<< /Type /XObject /Subtype /Image /Width 8 /Height 8 /ColorSpace /DeviceGray /BitsPerComponent 8 /Length {len(img)} >>\nstream\n".encode() + img + b"\nendstream",
    f"<< /Length {len(content)} >>\nstream\n".encode() + content + b"\nendstream",
]))
text = b"BT /F1 12 Tf 72 720 Td (Hello report) Tj ET"
w("hello.pdf", pdf([
    b"<< /Type /Catalog /Pages 2 0 R >>",
    b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
    b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    f"<< /Length {len(text)} >>\nstream\n".encode() + text + b"\nendstream",
    b"<< /Title (Hand-made test) >>",
], "/Info 6 0 R "))
w("broken.pdf", b"%PDF-1.7\n" + bytes(random.randrange(256) for _ in range(300)))
w("program.pdf", b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00" + bytes(200))

#!/usr/bin/env python3
"""Writes the small hand-made hostile files of this folder. Large ones (a page nested 100,000 levels
deep, a table of 100,000 rows) are built by the tests at run time instead of being kept in git.

Run from anywhere: python3 testdata/hostile/make-fixtures.py
"""
import io
import os
import zipfile
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
TYPES = ('<?xml version="1.0" encoding="UTF-8"?>'
         '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
         '<Default Extension="xml" ContentType="application/xml"/>'
         '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
         'officedocument.wordprocessingml.document.main+xml"/></Types>')
RELS = ('<?xml version="1.0" encoding="UTF-8"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
        'officeDocument" Target="word/document.xml"/></Relationships>')


def docx(name, document_parts):
    """A minimal Word package; document_parts are written one after another as word/document.xml."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, 'w', zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        z.writestr('[Content_Types].xml', TYPES)
        z.writestr('_rels/.rels', RELS)
        with z.open('word/document.xml', 'w', force_zip64=True) as part:
            for chunk in document_parts:
                part.write(chunk)
    write(name, buffer.getvalue())


def zip_bomb():
    """One paragraph followed by 256 MB of spaces: about 250 KB packed, a ratio of about 1,000."""
    yield ('<?xml version="1.0" encoding="UTF-8"?><w:document ' + W + '><w:body><w:p><w:r><w:t>'
           '一、总体情况</w:t></w:r></w:p>').encode()
    block = b' ' * (1 << 20)
    for _ in range(256):
        yield block
    yield b'</w:body></w:document>'


def with_doctype(entities, text):
    return [('<?xml version="1.0" encoding="UTF-8"?><!DOCTYPE w:document [' + entities + ']><w:document '
             + W + '><w:body><w:p><w:r><w:t>' + text + '</w:t></w:r></w:p></w:body></w:document>').encode()]


def billion_laughs():
    entities = '<!ENTITY lol "lol">'
    for i in range(1, 10):
        previous = 'lol' if i == 1 else 'lol%d' % (i - 1)
        entities += '<!ENTITY lol%d "%s">' % (i, ('&%s;' % previous) * 10)
    return with_doctype(entities, '&lol9;')


def pdf(name, objects):
    """A PDF from numbered object bodies (text or bytes), with a correct cross-reference table."""
    out = bytearray(b'%PDF-1.7\n%\xe2\xe3\xcf\xd3\n')
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b'%d 0 obj\n%s\nendobj\n' % (number, body if isinstance(body, bytes) else body.encode())
    xref = len(out)
    out += b'xref\n0 %d\n0000000000 65535 f \n' % (len(objects) + 1)
    for offset in offsets:
        out += b'%010d 00000 n \n' % offset
    out += b'trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n' % (len(objects) + 1, xref)
    write(name, bytes(out))


FONT = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>'
CONTENT = '<< /Length 44 >>\nstream\nBT /F1 12 Tf 72 720 Td (Annual report) Tj ET\nendstream'
PAGE = '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>'


def cyclic_page_tree():
    """A page, and beside it a node whose only kid is the root again."""
    pdf('cyclic-page-tree.pdf', [
        '<< /Type /Catalog /Pages 2 0 R >>',
        '<< /Type /Pages /Kids [3 0 R 6 0 R] /Count 2 >>',
        '<< /Type /Pages /Parent 2 0 R /Kids [2 0 R] /Count 1 >>',
        FONT,
        CONTENT,
        PAGE,
    ])


def billion_pages():
    """One real page under a root that claims a thousand million."""
    pdf('billion-pages.pdf', [
        '<< /Type /Catalog /Pages 2 0 R >>',
        '<< /Type /Pages /Kids [3 0 R] /Count 1000000000 >>',
        PAGE,
        FONT,
        CONTENT,
    ])


def understated_page_count():
    """Three pages under a root whose /Count says one."""
    page = PAGE.replace('/F1 4 0 R', '/F1 3 0 R').replace('/Contents 5 0 R', '/Contents 4 0 R')
    pdf('understated-page-count.pdf', [
        '<< /Type /Catalog /Pages 2 0 R >>',
        '<< /Type /Pages /Kids [5 0 R 6 0 R 7 0 R] /Count 1 >>',
        FONT,
        CONTENT,
        page,
        page,
        page,
    ])


def stream_bomb():
    """One page whose content stream inflates from 256 KB to 256 MB of spaces after a line of text."""
    packer = zlib.compressobj(9)
    packed = packer.compress(b'BT /F1 12 Tf 72 720 Td (Annual report) Tj ET\n')
    block = b' ' * (1 << 20)
    for _ in range(256):
        packed += packer.compress(block)
    packed += packer.flush()
    pdf('stream-bomb.pdf', [
        '<< /Type /Catalog /Pages 2 0 R >>',
        '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
        PAGE,
        FONT,
        b'<< /Length %d /Filter /FlateDecode >>\nstream\n' % len(packed) + packed + b'\nendstream',
    ])


def write(name, data):
    with open(os.path.join(HERE, name), 'wb') as f:
        f.write(data)


docx('zip-bomb.docx', zip_bomb())
docx('external-entity.docx', with_doctype('<!ENTITY xxe SYSTEM "file:///etc/passwd">', '前&xxe;后'))
docx('billion-laughs.docx', billion_laughs())
cyclic_page_tree()
billion_pages()
understated_page_count()
stream_bomb()
write('error-page-saved-as.pdf', '<!DOCTYPE html><html><head><title>404 Not Found</title></head>'
      '<body><h1>404 Not Found</h1><hr><center>nginx</center></body></html>\n'.encode())

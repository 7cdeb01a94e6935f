#!/usr/bin/env python3
"""Writes the Word template the reports are built on (src/main/resources/nl/mviwerkboek/report/sjabloon.docx).

The template holds only the look: A4 with margins, Dutch language, the paragraph styles Title, Subtitle,
Heading1-3 (Heading1 and Heading2 numbered 1. and 1.1 by Word), TOCHeading, TOC1-2, ListBullet, Caption,
TableText, Header and Footer, the table style MviTabel and a footer with "Pagina X van Y". Every part must
be valid against the OOXML schemas (element order included); OoxmlSchemaTest checks the exported documents. The writer (nl.mviwerkboek.exchange.docx.DocxWriter) fills
the body. Run it again after changing it:  python3 src/template/make_report_template.py
A municipality may also open the .docx in Word, change fonts and colours of these styles and save it
under the same name; keep the style names.
"""
import os
import zipfile

OUT = os.path.join(os.path.dirname(__file__), '..', 'main', 'resources', 'nl', 'mviwerkboek', 'report',
                   'sjabloon.docx')
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ' \
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
DARK, ACCENT, GREY = '1F4E79', '2E75B6', '595959'
TEXT_WIDTH = 11906 - 2 * 1417

CONTENT_TYPES = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Default Extension="png" ContentType="image/png"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>
<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>
<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>
<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>
<Override PartName="/word/header2.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>
<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>
<Override PartName="/word/footer2.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>
<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>
<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>
</Types>'''

ROOT_RELS = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>
<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>
</Relationships>'''

CORE = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<dc:title>Actieplan Maatschappelijk Verantwoord Inkopen</dc:title><dc:language>nl-NL</dc:language><dc:creator>MVI Werkboek</dc:creator>
</cp:coreProperties>'''

APP = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>MVI Werkboek</Application></Properties>'''

DOC_RELS = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>
<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>
<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>
<Relationship Id="rId5" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header2.xml"/>
<Relationship Id="rId6" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>
<Relationship Id="rId7" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer2.xml"/>
</Relationships>'''

DOCUMENT = f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document {W}><w:body><w:p/>
<w:sectPr><w:headerReference w:type="default" r:id="rId4"/><w:headerReference w:type="first" r:id="rId5"/>
<w:footerReference w:type="default" r:id="rId6"/><w:footerReference w:type="first" r:id="rId7"/>
<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1417" w:right="1417" w:bottom="1417" w:left="1417" w:header="708" w:footer="708" w:gutter="0"/>
<w:cols w:space="708"/><w:titlePg/></w:sectPr></w:body></w:document>'''


def run_props(size=None, bold=False, italic=False, colour=None, caps=False):
    parts = []
    if bold:
        parts.append('<w:b/><w:bCs/>')
    if italic:
        parts.append('<w:i/><w:iCs/>')
    if caps:
        parts.append('<w:caps/>')
    if colour:
        parts.append(f'<w:color w:val="{colour}"/>')
    if size:
        parts.append(f'<w:sz w:val="{size}"/><w:szCs w:val="{size}"/>')
    return '<w:rPr>' + ''.join(parts) + '</w:rPr>'


def style(style_id, name, ppr='', rpr='', based='Normal', extra=''):
    based_on = f'<w:basedOn w:val="{based}"/>' if based else ''
    return (f'<w:style w:type="paragraph" w:styleId="{style_id}"><w:name w:val="{name}"/>{based_on}'
            f'<w:next w:val="Normal"/>{extra}<w:qFormat/><w:pPr>{ppr}</w:pPr>{rpr}</w:style>')


HEADING_NUMBERS = 2  # the w:num of the chapter numbering (1., 1.1) that Heading1 and Heading2 are linked to


def heading(level, size, colour, before, after, page_break):
    # the order of the elements is the schema's (CT_PPrBase): keepNext, keepLines, pageBreakBefore, numPr, spacing
    numbered = (f'<w:numPr><w:ilvl w:val="{level - 1}"/><w:numId w:val="{HEADING_NUMBERS}"/></w:numPr>'
                if level <= 2 else '')
    ppr = ('<w:keepNext/><w:keepLines/>' + ('<w:pageBreakBefore/>' if page_break else '') + numbered
           + f'<w:spacing w:before="{before}" w:after="{after}"/><w:outlineLvl w:val="{level - 1}"/>')
    return style(f'Heading{level}', f'heading {level}', ppr, run_props(size, True, colour=colour))


TOC_TAB = f'<w:tabs><w:tab w:val="right" w:leader="dot" w:pos="{TEXT_WIDTH}"/></w:tabs>'
BORDER = 'w:val="single" w:sz="4" w:space="0" w:color="BFBFBF"'
STYLES = f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles {W}>
<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:eastAsia="Arial" w:cs="Arial"/>
<w:sz w:val="20"/><w:szCs w:val="20"/><w:lang w:val="nl-NL" w:eastAsia="nl-NL" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>
<w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="276" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>
<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/></w:style>
<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:semiHidden/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>
<w:style w:type="numbering" w:default="1" w:styleId="NoList"><w:name w:val="No List"/><w:semiHidden/></w:style>
{style('Title', 'Title', '<w:spacing w:before="2400" w:after="240"/>', run_props(56, True, colour=DARK))}
{style('Subtitle', 'Subtitle', '<w:spacing w:after="480"/>', run_props(32, colour=GREY))}
{style('CoverText', 'Cover text', '<w:spacing w:after="80"/>', run_props(24))}
{style('CoverStatus', 'Cover status', '<w:spacing w:before="480" w:after="120"/>', run_props(28, True, colour=DARK))}
{heading(1, 36, DARK, 0, 240, True)}
{heading(2, 26, ACCENT, 360, 120, False)}
{heading(3, 22, DARK, 240, 80, False)}
{style('TOCHeading', 'TOC Heading', '<w:keepNext/><w:spacing w:before="0" w:after="240"/>', run_props(36, True, colour=DARK))}
{style('TOC1', 'toc 1', TOC_TAB + '<w:spacing w:before="120" w:after="40"/>', run_props(bold=True), extra='<w:uiPriority w:val="39"/>')}
{style('TOC2', 'toc 2', TOC_TAB + '<w:spacing w:after="40"/><w:ind w:left="220"/>', '', extra='<w:uiPriority w:val="39"/>')}
{style('ListBullet', 'List Bullet', '<w:numPr><w:numId w:val="1"/></w:numPr><w:spacing w:after="60"/><w:ind w:left="360" w:hanging="360"/>')}
{style('Caption', 'caption', '<w:spacing w:before="60" w:after="200"/>', run_props(16, italic=True, colour=GREY))}
{style('TableText', 'Table Text', '<w:spacing w:after="0" w:line="240" w:lineRule="auto"/>', run_props(17))}
{style('KeyFigure', 'Key Figure', '<w:spacing w:after="0"/>', run_props(28, True, colour=DARK))}
{style('Header', 'header', '<w:tabs><w:tab w:val="right" w:pos="' + str(TEXT_WIDTH) + '"/></w:tabs><w:spacing w:after="0"/>', run_props(16, colour=GREY))}
{style('Footer', 'footer', '<w:spacing w:after="0"/><w:jc w:val="right"/>', run_props(16, colour=GREY))}
<w:style w:type="table" w:styleId="MviTabel"><w:name w:val="MVI Tabel"/><w:basedOn w:val="TableNormal"/><w:uiPriority w:val="59"/>
<w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:rPr><w:sz w:val="17"/><w:szCs w:val="17"/></w:rPr>
<w:tblPr><w:tblStyleRowBandSize w:val="1"/><w:tblBorders><w:top {BORDER}/><w:left {BORDER}/><w:bottom {BORDER}/><w:right {BORDER}/><w:insideH {BORDER}/><w:insideV {BORDER}/></w:tblBorders>
<w:tblCellMar><w:top w:w="40" w:type="dxa"/><w:left w:w="80" w:type="dxa"/><w:bottom w:w="40" w:type="dxa"/><w:right w:w="80" w:type="dxa"/></w:tblCellMar></w:tblPr>
<w:tblStylePr w:type="firstRow"><w:rPr><w:b/><w:bCs/><w:color w:val="FFFFFF"/></w:rPr><w:tblPr/><w:trPr><w:tblHeader/></w:trPr><w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="{DARK}"/></w:tcPr></w:tblStylePr>
<w:tblStylePr w:type="band2Horz"><w:tblPr/><w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="EEF3F8"/></w:tcPr></w:tblStylePr>
</w:style>
</w:styles>'''

NUMBERING = f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering {W}><w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="singleLevel"/>
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/><w:lvlJc w:val="left"/>
<w:pPr><w:ind w:left="360" w:hanging="360"/></w:pPr><w:rPr><w:color w:val="{ACCENT}"/></w:rPr></w:lvl></w:abstractNum>
<w:abstractNum w:abstractNumId="1"><w:multiLevelType w:val="multilevel"/>
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:pStyle w:val="Heading1"/><w:suff w:val="space"/><w:lvlText w:val="%1."/><w:lvlJc w:val="left"/></w:lvl>
<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:pStyle w:val="Heading2"/><w:suff w:val="space"/><w:lvlText w:val="%1.%2"/><w:lvlJc w:val="left"/></w:lvl></w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
<w:num w:numId="{HEADING_NUMBERS}"><w:abstractNumId w:val="1"/></w:num></w:numbering>'''

# No w:updateFields: it would stay in the document and make Word ask on every opening. The writer marks only the
# table of contents dirty, so Word fills it once; saved, it is current. (Were it set: just before w:compat.)
SETTINGS = f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:settings {W}><w:defaultTabStop w:val="708"/><w:hyphenationZone w:val="425"/>
<w:characterSpacingControl w:val="doNotCompress"/><w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>
<w:themeFontLang w:val="nl-NL"/><w:decimalSymbol w:val=","/><w:listSeparator w:val=";"/></w:settings>'''


def part(tag, body):
    return f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:{tag} {W}>{body}</w:{tag}>'


HEADER = part('hdr', '<w:p><w:pPr><w:pStyle w:val="Header"/></w:pPr></w:p>')
FIELD = '<w:fldSimple w:instr=" {0} "><w:r><w:t>1</w:t></w:r></w:fldSimple>'
FOOTER = part('ftr', '<w:p><w:pPr><w:pStyle w:val="Footer"/></w:pPr><w:r><w:t xml:space="preserve">Pagina </w:t></w:r>'
              + FIELD.format('PAGE') + '<w:r><w:t xml:space="preserve"> van </w:t></w:r>' + FIELD.format('NUMPAGES')
              + '</w:p>')
EMPTY_FOOTER = part('ftr', '<w:p><w:pPr><w:pStyle w:val="Footer"/></w:pPr></w:p>')

PARTS = [('[Content_Types].xml', CONTENT_TYPES), ('_rels/.rels', ROOT_RELS), ('docProps/core.xml', CORE),
         ('docProps/app.xml', APP), ('word/_rels/document.xml.rels', DOC_RELS), ('word/document.xml', DOCUMENT),
         ('word/styles.xml', STYLES), ('word/numbering.xml', NUMBERING), ('word/settings.xml', SETTINGS),
         ('word/header1.xml', HEADER), ('word/header2.xml', HEADER), ('word/footer1.xml', FOOTER),
         ('word/footer2.xml', EMPTY_FOOTER)]

with zipfile.ZipFile(OUT, 'w', zipfile.ZIP_DEFLATED) as z:
    for name, text in PARTS:
        info = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
        info.compress_type = zipfile.ZIP_DEFLATED
        z.writestr(info, text.encode('utf-8'))
print('written', os.path.normpath(OUT))

namespace SiteGen.EndToEnd.Import;

/// <summary>
/// A flat OpenDocument text, as a secretary's document would be typed: paragraph styles named in Chinese
/// (标题, 标题 1, 标题 2 based on 标题 1, 题注), headings numbered by hand in the body style (一、 bold, （一） not),
/// the 　　 indent typed as spaces, a table with a header row, a footnote, a picture with alt text and a caption,
/// and the issuing body and date at the end. LibreOffice turns it into the .docx under test.
/// </summary>
internal static class Fodt
{
    public static string Document(string pngBase64) => $$"""
        <?xml version="1.0" encoding="UTF-8"?>
        <office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
        <office:styles>
        <style:style style:name="正文" style:family="paragraph"><style:text-properties fo:font-size="16pt" style:font-name-asian="Noto Serif CJK SC"/></style:style>
        <style:style style:name="标题" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-bottom="0.5cm"/><style:text-properties fo:font-size="22pt" fo:font-weight="bold" style:font-weight-asian="bold"/></style:style>
        <style:style style:name="标题_20_1" style:display-name="标题 1" style:family="paragraph" style:default-outline-level="1"><style:paragraph-properties fo:margin-top="0.4cm"/><style:text-properties fo:font-size="16pt" fo:font-weight="bold" style:font-weight-asian="bold"/></style:style>
        <style:style style:name="标题_20_2" style:display-name="标题 2" style:family="paragraph" style:parent-style-name="标题_20_1" style:default-outline-level="2"/>
        <style:style style:name="题注" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="12pt"/></style:style>
        </office:styles>
        <office:automatic-styles>
        <style:style style:name="P1" style:family="paragraph" style:parent-style-name="正文"><style:paragraph-properties fo:text-align="end"/></style:style>
        <style:style style:name="T1" style:family="text"><style:text-properties fo:font-weight="bold" style:font-weight-asian="bold"/></style:style>
        </office:automatic-styles>
        <office:body><office:text>
        <text:p text:style-name="标题">关于2021年工作的报告</text:p>
        <text:h text:style-name="标题_20_1" text:outline-level="1">2020年工作回顾</text:h>
        <text:p text:style-name="正文">　　2020年是极不平凡的一年<text:note text:id="ftn1" text:note-class="footnote"><text:note-citation>1</text:note-citation><text:note-body><text:p>指新冠肺炎疫情暴发的一年。</text:p></text:note-body></text:note>。面对严重冲击，全市政协系统坚持团结和民主两大主题。</text:p>
        <text:p text:style-name="正文"><text:span text:style-name="T1">一、坚持创新理论武装</text:span></text:p>
        <text:p text:style-name="正文">　　坚持用党的创新理论武装头脑。</text:p>
        <text:p text:style-name="正文">　　（一）开展专题学习</text:p>
        <text:p text:style-name="正文">　　全年组织学习14次，举办“委员讲堂”4期。</text:p>
        <table:table table:name="表1"><table:table-column table:number-columns-repeated="2"/>
        <table:table-header-rows><table:table-row><table:table-cell><text:p>项目</text:p></table:table-cell><table:table-cell><text:p>数量</text:p></table:table-cell></table:table-row></table:table-header-rows>
        <table:table-row><table:table-cell><text:p>提案</text:p></table:table-cell><table:table-cell><text:p>328</text:p></table:table-cell></table:table-row>
        </table:table>
        <text:p text:style-name="正文"><draw:frame draw:name="图片1" text:anchor-type="as-char" svg:width="15cm" svg:height="10cm"><draw:image><office:binary-data>{{pngBase64}}</office:binary-data></draw:image><svg:title>会场</svg:title><svg:desc>委员们在会场听取报告</svg:desc></draw:frame></text:p>
        <text:p text:style-name="题注">委员们在听取报告。张延林 摄</text:p>
        <text:h text:style-name="标题_20_2" text:outline-level="2">结语</text:h>
        <text:p text:style-name="正文">　　让我们更加紧密地团结起来，为全面建设社会主义现代化美好亳州作出新的更大贡献。</text:p>
        <text:p text:style-name="P1">某某市政协办公室</text:p>
        <text:p text:style-name="P1">2021年2月22日</text:p>
        </office:text></office:body></office:document>
        """;
}

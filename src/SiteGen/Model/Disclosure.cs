namespace SiteGen.Model;

/// <summary>
/// The fields Chinese government information-disclosure catalogues (政府信息公开目录) list for a document.
/// All optional; each reaches the page's meta, its JSON-LD and dc.xml when given.
/// </summary>
public sealed record Disclosure
{
    public static Disclosure None { get; } = new();

    /// <summary>索引号 (front matter <c>index_number</c>), e.g. "11341600003140000X/2021-00012".</summary>
    public string? IndexNumber { get; init; }
    /// <summary>发布机构 (<c>issuing_agency</c>): the body that released the document in the catalogue.</summary>
    public string? IssuingAgency { get; init; }
    /// <summary>文号 (<c>document_number</c>), e.g. "亳政协〔2021〕3号".</summary>
    public string? DocumentNumber { get; init; }
    /// <summary>主题分类 (<c>subject_category</c>), e.g. "综合政务".</summary>
    public string? SubjectCategory { get; init; }
    /// <summary>成文日期 (<c>written_date</c>): the day the document was signed.</summary>
    public DateOnly? WrittenDate { get; init; }
    /// <summary>发布日期 (<c>release_date</c>): the day it was released to the public.</summary>
    public DateOnly? ReleaseDate { get; init; }

    public bool IsEmpty => this == None;
}

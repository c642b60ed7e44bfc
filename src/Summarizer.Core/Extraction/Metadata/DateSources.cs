namespace Summarizer.Extraction.Metadata;

/// <summary>
/// Which meta tags name a publication or a modification date, and how far each is trusted (htmldate's lists, lower-cased;
/// <see cref="MetaTags"/> matches keys case-insensitively). Evidence for one day adds up, so the weights only need to be
/// right relative to each other: an explicit "published" tag outweighs a generic "date", and a URL day outweighs both.
/// </summary>
internal static class DateSources
{
    public const double Url = 12;
    public const double JsonLdArticlePublished = 3;
    public const double JsonLdOtherPublished = 2.5;
    public const double JsonLdCreated = 1.5;
    public const double JsonLdUpload = 1;
    public const double Microdata = 3;
    public const double PublishedTime = 2.5;
    public const double FirstTime = 1.5;
    public const double Abbr = 2;
    public const double NearHeadline = 1.5;
    public const double DatedElement = 1.2;
    public const double Title = 1;
    public const double TextScan = 1;

    /// <summary>A publication key in the page's JavaScript state: the teasers' state repeats the keys, so it only adds weight.</summary>
    public const double ScriptKey = 1.5;

    public static readonly string[] PublishedMeta =
    [
        "article:published_time", "og:article:published_time", "og:published_time", "article:published", "og:article:published", "datepublished",
        "og:pubdate", "pubdate", "publishdate", "publish_date", "publish-date", "published-date", "publication_date", "date_published",
        "parsely-pub-date", "sailthru.date", "dc.date.issued", "dcterms.issued", "citation_publication_date", "citation_date",
        "rnews:datepublished", "originalpublicationdate", "article_date_original", "article.published", "og:datepublished", "og:publish_date",
        "bt:pubdate", "dateposted", "displaydate", "rbpubdate", "cxenseparse:recs:publishtime", "shareaholic:article_published_time",
        "twt-published-at", "mediator_published_time", "vr:published_time", "article.created", "datecreated", "dc.date.created",
        "dc.created", "dcterms.created", "dc:created", "sw-pubdate", "og:question:published_time", "og:regdate",
    ];

    public static readonly string[] GenericMeta =
    [
        "date", "dc.date", "dc:date", "dcterms.date", "doc_date", "created", "pdate", "ptime", "release_date", "video:release_date", "uploaddate",
    ];

    public static readonly string[] ModifiedMeta =
    [
        "article:modified_time", "og:article:modified_time", "datemodified", "modified_time", "og:updated_time", "updated_time", "article:modified",
        "dc.date.modified", "dcterms.modified", "lastdate", "lastmod", "lastmodified", "last-modified", "modified", "utime",
    ];

    public const double StrongMeta = 3;

    /// <summary>
    /// A bare <c>date</c>/<c>dc.date</c> says no more than "a date of this page", and CMSs often fill it with the day the page
    /// was generated or last saved: the dateline the reader sees (<see cref="DatedElement"/>, <see cref="FirstTime"/>) outweighs it.
    /// </summary>
    public const double WeakMeta = 1.1;
}

namespace ClusterWorkflow.Domain.Forms.XlsForm;

/// <summary>What a survey row's <c>type</c> cell asks for.</summary>
internal enum XlsFormTypeKind
{
    Question,
    BeginGroup,
    EndGroup,
    BeginRepeat,
    EndRepeat,
    BeginLoop,
    EndLoop,

    /// <summary>Device metadata (start, end, deviceid...): left out on purpose.</summary>
    Metadata,

    /// <summary>A real XLSForm type this product cannot hold (image, geotrace...): left out with a warning.</summary>
    Unsupported,

    Unknown,
}

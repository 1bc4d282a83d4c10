using System.Text.Json.Serialization;

namespace ClusterWorkflow.Domain.Forms;

/// <summary>
/// What a field holds, and so which value a script sees for it: Integer/Decimal a number,
/// Text/Date/GeoPoint text (dates as <c>yyyy-MM-dd</c>, geopoints as <c>"lat lon [alt [acc]]"</c>),
/// SelectOne a choice name, SelectMultiple a list of choice names, YesNo true/false,
/// Repeat a list of row records, Group no value of its own (its children are top-level names).
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<FieldType>))]
public enum FieldType
{
    Integer,
    Decimal,
    Text,
    SelectOne,
    SelectMultiple,
    Date,
    YesNo,
    GeoPoint,
    Note,
    Group,
    Repeat,
    Calculate,
}

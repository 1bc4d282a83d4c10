using ClusterWorkflow.Domain.Forms;

namespace ClusterWorkflow.Host.Ui.Localization;

/// <summary>Texts of the form designer and of forms as they are filled in.</summary>
public sealed partial class UiText
{
    public string EditField => L("Edit the field", "फ़ील्ड संपादित करें");
    public string MoveUp => L("Move up", "ऊपर ले जाएँ");
    public string MoveDown => L("Move down", "नीचे ले जाएँ");
    public string AddField => L("Add a field", "फ़ील्ड जोड़ें");
    public string ProblemCount(int count) => L(count == 1 ? "1 problem" : $"{count} problems", $"{count} समस्या");
    public string FieldsInside(FieldType type) => type == Domain.Forms.FieldType.Repeat
        ? L("Fields of each row", "प्रत्येक पंक्ति के फ़ील्ड")
        : L("Fields in the group", "समूह के फ़ील्ड");
    public string FieldName => L("Name (letters, digits, _)", "नाम (अक्षर, अंक, _)");
    public string FieldTypeLabel => L("Type", "प्रकार");
    public string LabelEnglish => L("Label in English", "अंग्रेज़ी में लेबल");
    public string LabelHindi => L("Label in Hindi", "हिन्दी में लेबल");
    public string Minimum => L("Minimum", "न्यूनतम");
    public string Maximum => L("Maximum", "अधिकतम");
    public string ChoiceListLabel => L("Choice list", "विकल्प सूची");
    public string MaxRows => L("Most rows", "अधिकतम पंक्तियाँ");
    public string RequiredLabel => L("Required", "अनिवार्य");
    public string Relevant => L("Ask only when (relevant)", "केवल तब पूछें जब (प्रासंगिक)");
    public string RelevantHelp => L("e.g. pc_registered === true", "जैसे pc_registered === true");
    public string Constraint => L("Valid when (constraint)", "मान्य जब (शर्त)");
    public string ConstraintHelp => L("e.g. value <= funds_received", "जैसे value <= funds_received");
    public string ConstraintMessageEnglish => L("Message when not valid, English", "अमान्य होने पर संदेश, अंग्रेज़ी");
    public string ConstraintMessageHindi => L("Message when not valid, Hindi", "अमान्य होने पर संदेश, हिन्दी");
    public string Calculate => L("Calculated as", "गणना");
    public string CalculateHelp => L("e.g. (workers_female || 0) + (workers_male || 0)", "जैसे (workers_female || 0) + (workers_male || 0)");
    public string ChoiceListName => L("List name", "सूची का नाम");
    public string ChoiceName => L("Stored value", "संग्रहीत मान");
    public string AddChoice => L("Add a choice", "विकल्प जोड़ें");
    public string AddChoiceList => L("Add a choice list", "विकल्प सूची जोड़ें");
    public string FormId => L("Form id", "फ़ॉर्म आईडी");
    public string TitleEnglish => L("Title in English", "अंग्रेज़ी में शीर्षक");
    public string TitleHindi => L("Title in Hindi", "हिन्दी में शीर्षक");
    public string Fields => L("Fields", "फ़ील्ड");
    public string ChoiceLists => L("Choice lists", "विकल्प सूचियाँ");
    public string Preview => L("Preview", "पूर्वावलोकन");
    public string PreviewAfterFix => L("The preview shows again once the problems on the left are fixed.", "बाईं ओर की समस्याएँ ठीक होने पर पूर्वावलोकन फिर दिखेगा।");
    public string RepeatEditedAsGrid(int columns) => L($"A table of rows with {columns} columns, filled as a grid or from Excel.", $"{columns} स्तंभों वाली पंक्तियों की तालिका, ग्रिड में या एक्सेल से भरी जाती है।");
    public string Yes => L("Yes", "हाँ");
    public string No => L("No", "नहीं");

    public string FieldTypeName(FieldType type) => type switch
    {
        FieldType.Integer => L("Whole number", "पूर्ण संख्या"),
        FieldType.Decimal => L("Number", "संख्या"),
        FieldType.Text => L("Text", "पाठ"),
        FieldType.SelectOne => L("Choose one", "एक चुनें"),
        FieldType.SelectMultiple => L("Choose several", "कई चुनें"),
        FieldType.Date => L("Date", "तारीख"),
        FieldType.YesNo => L("Yes / no", "हाँ / नहीं"),
        FieldType.GeoPoint => L("Location", "स्थान"),
        FieldType.Note => L("Note", "टिप्पणी"),
        FieldType.Group => L("Group", "समूह"),
        FieldType.Repeat => L("Repeat (table)", "दोहराव (तालिका)"),
        FieldType.Calculate => L("Calculated", "गणना किया गया"),
        _ => type.ToString(),
    };
}

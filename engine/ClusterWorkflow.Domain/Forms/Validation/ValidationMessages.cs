using System.Globalization;

namespace ClusterWorkflow.Domain.Forms.Validation;

/// <summary>The validator's own messages in English and Hindi; other languages fall back to English.</summary>
internal static class ValidationMessages
{
    private static readonly Dictionary<string, (string En, string Hi)> Texts = new()
    {
        ["required"] = ("This field is required.", "यह फ़ील्ड आवश्यक है।"),
        ["integer"] = ("Enter a whole number; '{0}' is not one.", "पूर्ण संख्या दर्ज करें; '{0}' पूर्ण संख्या नहीं है।"),
        ["decimal"] = ("Enter a number; '{0}' is not one.", "संख्या दर्ज करें; '{0}' संख्या नहीं है।"),
        ["date"] = ("Enter a date as YYYY-MM-DD; '{0}' is not one.", "तारीख YYYY-MM-DD के रूप में दर्ज करें; '{0}' मान्य नहीं है।"),
        ["yesno"] = ("Enter yes or no; '{0}' is neither.", "हाँ या नहीं दर्ज करें; '{0}' मान्य नहीं है।"),
        ["geopoint"] = ("Enter latitude and longitude separated by a space, e.g. '28.03 79.12'; '{0}' is not one.", "अक्षांश और देशांतर रिक्त स्थान से अलग करके दर्ज करें, जैसे '28.03 79.12'; '{0}' मान्य नहीं है।"),
        ["text"] = ("Enter text; a list or record is not allowed here.", "यहाँ पाठ दर्ज करें; सूची या रिकॉर्ड की अनुमति नहीं है।"),
        ["choice"] = ("'{0}' is not one of the choices: {1}.", "'{0}' विकल्पों में से नहीं है: {1}।"),
        ["min"] = ("Must be at least {0}; it is {1}.", "कम से कम {0} होना चाहिए; अभी {1} है।"),
        ["max"] = ("Must be at most {0}; it is {1}.", "अधिकतम {0} हो सकता है; अभी {1} है।"),
        ["constraint"] = ("The value does not meet the rule '{0}'.", "मान नियम '{0}' को पूरा नहीं करता।"),
        ["script"] = ("The rule could not be checked ({0}); ask the form's designer to fix it.", "नियम जाँचा नहीं जा सका ({0}); फ़ॉर्म बनाने वाले से इसे ठीक करने को कहें।"),
        ["rows"] = ("At most {0} rows are allowed; {1} were given.", "अधिकतम {0} पंक्तियों की अनुमति है; {1} दी गईं।"),
        ["rowsShape"] = ("Expected a list of rows (records); got {0}.", "पंक्तियों (रिकॉर्ड) की सूची अपेक्षित थी; {0} मिला।"),
        ["unknownField"] = ("'{0}' is not a field of this form; the value was ignored.", "'{0}' इस फ़ॉर्म का फ़ील्ड नहीं है; मान अनदेखा किया गया।"),
    };

    public static string Format(string key, string language, params object?[] args)
    {
        var (en, hi) = Texts[key];
        var template = language == "hi" ? hi : en;
        return string.Format(CultureInfo.InvariantCulture, template, args);
    }
}

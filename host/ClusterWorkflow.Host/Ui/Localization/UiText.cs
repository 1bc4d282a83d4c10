namespace ClusterWorkflow.Host.Ui.Localization;

/// <summary>
/// Every text of the UI in English and Hindi, side by side, so that no string can exist in one
/// language only. Split by area into partial files. The language is fixed when the text table is
/// made (one per circuit or request), from the culture the language switch set.
/// </summary>
public sealed partial class UiText
{
    public UiText() : this(UiLanguages.Current)
    {
    }

    public UiText(string language) => Language = UiLanguages.Normalize(language);

    /// <summary>"en" or "hi": also the language of form labels and validation messages.</summary>
    public string Language { get; }

    public bool IsHindi => Language == UiLanguages.Hindi;

    private string L(string english, string hindi) => IsHindi ? hindi : english;

    public string AppName => L("ClusterWorkflow", "क्लस्टर वर्कफ़्लो");
    public string Home => L("Home", "मुख्य पृष्ठ");
    public string Forms => L("Forms", "फ़ॉर्म");
    public string Tasks => L("My tasks", "मेरे कार्य");
    public string ReviewQueue => L("Review queue", "समीक्षा कतार");
    public string Rounds => L("Rounds", "दौर");
    public string SignIn => L("Sign in", "साइन इन करें");
    public string SignOut => L("Sign out", "साइन आउट करें");
    public string UserName => L("User name", "उपयोगकर्ता नाम");
    public string Password => L("Password", "पासवर्ड");
    public string SignInFailed => L("The user name or password is not right. Check both and try again.", "उपयोगकर्ता नाम या पासवर्ड सही नहीं है। दोनों जाँचकर फिर से प्रयास करें।");
    public string SignInIntro => L("Sign in with the user name and password your administrator gave you.", "अपने प्रशासक द्वारा दिए गए उपयोगकर्ता नाम और पासवर्ड से साइन इन करें।");
    public string Language_ => L("Language", "भाषा");
    public string Loading => L("Loading…", "लोड हो रहा है…");
    public string NotFound => L("There is nothing at this address.", "इस पते पर कुछ नहीं है।");
    public string NotAllowed => L("Your role does not allow this page.", "आपकी भूमिका इस पृष्ठ की अनुमति नहीं देती।");
    public string Welcome(string name) => L($"Welcome, {name}", $"स्वागत है, {name}");
    public string Save => L("Save", "सहेजें");
    public string Cancel => L("Cancel", "रद्द करें");
    public string Delete => L("Delete", "हटाएँ");
    public string Add => L("Add", "जोड़ें");
    public string Open => L("Open", "खोलें");
    public string Close => L("Close", "बंद करें");
    public string Back => L("Back", "वापस");
    public string Nothing => L("Nothing waits for you right now.", "अभी आपके लिए कुछ भी लंबित नहीं है।");
    public string Due(DateOnly date) => L($"due {date:d MMM yyyy}", $"नियत तिथि {date:dd-MM-yyyy}");
    public string Error => L("Something went wrong; your input is kept. Try again.", "कुछ गलत हो गया; आपका इनपुट सुरक्षित है। फिर से प्रयास करें।");

    public string RoleName(string role) => role switch
    {
        "programManager" => L("Program manager", "कार्यक्रम प्रबंधक"),
        "tsa" => L("TSA field officer", "टीएसए क्षेत्र अधिकारी"),
        "districtReviewer" => L("District reviewer", "ज़िला समीक्षक"),
        "stateReviewer" => L("State reviewer", "राज्य समीक्षक"),
        "viewer" => L("Viewer", "दर्शक"),
        "admin" => L("Administrator", "प्रशासक"),
        _ => role,
    };
}

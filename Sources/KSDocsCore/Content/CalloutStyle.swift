/// The callout types of GitHub's alert syntax plus ksdocs' own. A callout is a value of the
/// page model (`MarkdownAlert`); the site renders it with the theme's `partials/callout`
/// (`Theme.renderCallouts`), BookStack as one of its own callouts.
public enum CalloutStyle {
    /// Known types, uppercased, with the title shown to readers.
    public static let titles: [String: String] = [
        "NOTE": "Note", "TIP": "Tip", "IMPORTANT": "Important", "WARNING": "Warning", "CAUTION": "Caution",
        "INTERVIEW": "Interview answer", "AI": "Ask your AI assistant",
    ]
}

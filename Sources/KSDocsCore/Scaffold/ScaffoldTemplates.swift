/// The text of a new lesson, decision or case: front matter with the keys of its kind
/// (PageKind.allowedKeys) and the body sections of DESIGN 5.3 and 5.4.
enum ScaffoldTemplates {
    static func text(for kind: Scaffolder.Kind, title: String, date: String) -> String {
        switch kind {
        case .lesson: return lesson(title: title, date: date)
        case .decision: return decision(title: title, date: date)
        case .case: return troubleshootingCase(title: title, date: date)
        }
    }

    /// `"..."` with `\` and `"` escaped: valid YAML whatever the title holds.
    static func quoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }

    static func lesson(title: String, date: String) -> String {
        """
        ---
        title: \(quoted(title))
        summary: One line for the track page.
        updated: \(date)
        tags: []
        # time: 45m            # leave out to use the computed estimate
        level: beginner
        prerequisites: []      # lesson slugs, e.g. [01-map-of-kitestacks]
        objectives:
          - Say what the reader can do after this lesson
        services: []           # ids from services.yml
        ---

        ## Why this matters

        What the reader gets out of this lesson, in two or three sentences.

        ## Steps

        ```sh explain
        # Say what this command does and why
        docker compose ps
        ```

        ## Check that it works

        How the reader sees that it worked.

        ## Recap

        - The one thing to remember.

        """
    }

    static func decision(title: String, date: String) -> String {
        """
        ---
        title: \(quoted(title))
        summary: One line for the decisions index.
        updated: \(date)
        tags: []
        decision: The choice, in a few words
        status: proposed
        date: \(date)
        options:
          - The first option
          - The second option
        services: []
        ---

        ## Problem

        What had to be decided, and what made it hard.

        ## Options considered

        - **The first option**: what it is, what speaks for and against it.
        - **The second option**: the same.

        ## Decision

        The choice.

        ## Why

        The reasons, most important first.

        ## The tradeoff

        What this choice costs, and when to revisit it.

        > [!INTERVIEW]
        > The answer to "\(title)" in two or three sentences.

        """
    }

    static func troubleshootingCase(title: String, date: String) -> String {
        """
        ---
        title: \(quoted(title))
        summary: One line for the troubleshooting index.
        updated: \(date)
        tags: []
        symptom: What you saw, as you would search for it.
        cause: What was actually wrong.
        services: []
        hosts: []
        severity: medium
        date: \(date)
        ---

        ## What happened

        The symptom, when it showed up, and what you checked first.

        ## Root cause

        What was actually wrong, and why.

        ## Fix

        ```sh explain
        # Say what this command does and why it fixes the problem
        docker compose ps
        ```

        ## How to prevent

        - What stops this from happening again.

        """
    }
}

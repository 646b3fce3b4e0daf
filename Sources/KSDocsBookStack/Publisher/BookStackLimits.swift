import Foundation

/// Checks a ``BookStackSite`` against what BookStack and the tag search accept, before any request.
enum BookStackLimits {
    static func validate(_ site: BookStackSite) throws {
        var problems: [String] = []
        func checkTagValue(_ value: String, _ what: String) {
            if value.isEmpty { problems.append("\(what) is empty") }
            if value != value.trimmingCharacters(in: .whitespacesAndNewlines) {
                problems.append(
                    "\(what) starts or ends with white space, which BookStack trims from tags")
            }
            if value.count > 191 {
                problems.append("\(what) is longer than 191 characters (BookStack's tag limit)")
            }
            if value.contains("]") || value.contains("\"") {
                problems.append(
                    "\(what) '\(value)' contains ] or \", which BookStack's tag search cannot match"
                )
            }
        }
        func checkName(_ name: String, _ what: String) {
            if name.trimmingCharacters(in: .whitespaces).isEmpty {
                problems.append("\(what) has an empty name")
            }
            if name.count > 240 {
                problems.append(
                    "\(what) has a name longer than 240 characters (BookStack allows 255)")
            }
        }
        checkTagValue(site.siteID, "the site id (bookstack.site_id)")
        checkName(site.shelfName, "the shelf")
        var sources = Set<String>()
        for book in site.books {
            checkTagValue(book.source, "book source '\(book.source)'")
            checkName(book.name, "book \(book.source)")
            if !sources.insert(book.source).inserted {
                problems.append("book source '\(book.source)' appears twice")
            }
            for page in book.pages {
                checkTagValue(page.source, "page source '\(page.source)'")
                checkName(page.name, "page \(page.source)")
                if !sources.insert(page.source).inserted {
                    problems.append("page source '\(page.source)' appears twice")
                }
            }
        }
        if !problems.isEmpty {
            throw BookStackError(
                .content, "cannot publish to BookStack: " + problems.joined(separator: "; "))
        }
    }
}

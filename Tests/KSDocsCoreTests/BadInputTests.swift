import Foundation
import KSDocsCore
import KSDocsTestSupport
import Testing

/// Each bad input gives a diagnostic with file and line, fails the build, and
/// leaves the previous Output/ byte for byte as it was.
@Suite struct BadInputTests {
    /// Builds the basic site, applies `change`, rebuilds, and returns the diagnostics
    /// after checking the output folder did not change.
    func diagnostics(after change: (FixtureSite) throws -> Void) async throws -> [String] {
        let site = try FixtureSite(FixtureSite.basic)
        defer { site.remove() }
        _ = try await site.build().get()
        let before = site.outputSnapshot()
        #expect(!before.isEmpty)
        try change(site)
        let result = await site.build()
        #expect(site.outputSnapshot() == before, "Output/ changed after a failed build")
        let siblings = try FileManager.default.contentsOfDirectory(atPath: site.root.path)
        #expect(
            siblings.sorted() == [".Output.ksdocs-cache", "Content", "Output", "themes"],
            "a staging folder was left behind, or the build cache of the last good build was lost")
        guard case .failure(.contentErrors) = result else {
            Issue.record("expected the build to fail")
            return []
        }
        return site.errors(of: result).filter { $0.contains(": error: ") }
    }

    @Test func templateSyntaxErrorAtItsLine() async throws {
        let errors = try await diagnostics { site in
            let template = site.root.appendingPathComponent("themes/kitestacks/templates/404.mustache")
            try "<p>\n{{/closed}}\n</p>\n".write(to: template, atomically: true, encoding: .utf8)
        }
        #expect(
            errors.contains { $0.hasSuffix("themes/kitestacks/templates/404.mustache:2:4: error: template syntax: sectionCloseNameIncorrect") },
            "\(errors)")
    }

    @Test func unterminatedFrontMatter() async throws {
        let errors = try await diagnostics {
            try $0.write("beginner/02-second.md", "---\ntitle: Second\n\n## Set up\n")
        }
        #expect(
            errors.contains(
                "Content/beginner/02-second.md:1:1: error: front matter starts with '---' but is never closed; add a '---' line after the last key"
            ))
    }

    @Test func invalidYAML() async throws {
        let errors = try await diagnostics {
            try $0.write("beginner/02-second.md", "---\ntitle: Second\nsummary: [unclosed\n---\n## Set up\n")
        }
        #expect(errors.count == 1)
        #expect(errors.first?.hasPrefix("Content/beginner/02-second.md:4:") == true)
        #expect(errors.first?.contains("error: front matter: invalid YAML:") == true)
    }

    @Test func emptyTitle() async throws {
        let errors = try await diagnostics {
            try $0.write("beginner/02-second.md", "---\nsummary: x\ntitle: \"\"\n---\n## Set up\n")
        }
        #expect(
            errors == [
                "Content/beginner/02-second.md:3:8: error: the page's title is empty; write one after 'title:' or remove the key to use the first '# ' heading"
            ])
    }

    @Test func keyOfTheWrongType() async throws {
        let errors = try await diagnostics {
            try $0.write("beginner/02-second.md", "---\ntitle: Second\ntime: [1, 2]\n---\n## Set up\n")
        }
        #expect(
            errors == [
                "Content/beginner/02-second.md:3:7: error: front matter: 'time' must look like 45m, 1h30m or 90 (minutes), got a list"
            ])
    }

    @Test func missingPrerequisite() async throws {
        let errors = try await diagnostics {
            try $0.write("beginner/02-second.md", "---\ntitle: Second\nprerequisites:\n  - 01-frist\n---\n## Set up\n")
        }
        #expect(
            errors == [
                "Content/beginner/02-second.md:4:5: error: front matter: prerequisite '01-frist' does not exist; did you mean '01-first'?"
            ])
    }

    @Test func prerequisiteCycle() async throws {
        let errors = try await diagnostics {
            try $0.write("beginner/01-first.md", "---\ntitle: First\nprerequisites: [02-second]\n---\nBody\n")
        }
        #expect(
            errors == [
                "Content/beginner/01-first.md:3:17: error: front matter: prerequisites form a cycle: beginner/01-first → beginner/02-second → beginner/01-first; remove one of these prerequisites"
            ])
    }

    @Test func linkToMissingPage() async throws {
        let errors = try await diagnostics {
            try $0.write("beginner/01-first.md", "---\ntitle: First\n---\nIntro.\n\nSee [next](02-secnd.md).\n")
        }
        #expect(
            errors == [
                "Content/beginner/01-first.md:6:5: error: link to missing page '02-secnd.md'; did you mean '02-second.md'?"
            ])
    }

    @Test func linkToMissingAnchor() async throws {
        let errors = try await diagnostics {
            try $0.write("beginner/01-first.md", "---\ntitle: First\n---\nSee [next](02-second.md#setup).\n")
        }
        #expect(
            errors == [
                "Content/beginner/01-first.md:4:5: error: link to missing anchor '#setup' in '02-second.md'; did you mean 'set-up'?"
            ])
    }

    @Test func missingImage() async throws {
        let errors = try await diagnostics {
            try $0.write("beginner/01-first.md", "---\ntitle: First\n---\n![map](../images/map.png)\n")
        }
        #expect(errors == ["Content/beginner/01-first.md:4:1: error: image '../images/map.png' does not exist"])
    }

    @Test func imagePathLeavingContent() async throws {
        let errors = try await diagnostics {
            try $0.write("beginner/01-first.md", "---\ntitle: First\n---\n![x](../../etc/passwd)\n")
        }
        #expect(
            errors.first?.hasPrefix(
                "Content/beginner/01-first.md:4:1: error: image path '../../etc/passwd' leaves ") == true)
    }

    @Test func twoFilesMappingToOneURL() async throws {
        let errors = try await diagnostics { try $0.write("beginner.md", "# Clash\n") }
        #expect(
            errors == [
                "Content/beginner.md: error: this page and 'Content/beginner/' both map to the URL '/beginner/'; rename one of them"
            ])
    }

    @Test func fileThatIsNotUTF8() async throws {
        let errors = try await diagnostics {
            try $0.write("beginner/02-second.md", Data("---\ntitle: Second\n---\nCaf".utf8) + Data([0xE9, 0x0A]))
        }
        #expect(
            errors == [
                "Content/beginner/02-second.md:4:4: error: file is not valid UTF-8; save it as UTF-8 (the first bad byte is here)"
            ])
    }

    @Test func symlinkPointingOutsideContent() async throws {
        let errors = try await diagnostics { site in
            try FileManager.default.createSymbolicLink(
                atPath: site.content.appendingPathComponent("beginner/03-passwd.md").path,
                withDestinationPath: "/etc/hostname")
        }
        #expect(
            errors == [
                "Content/beginner/03-passwd.md: error: symbolic link points outside Content/ (to '/etc/hostname'); copy the file into Content/ instead"
            ])
    }

    @Test func everyErrorOfARunIsReported() async throws {
        let errors = try await diagnostics {
            try $0.write("beginner/01-first.md", "---\ntitle: First\ntime: soon\n---\n[a](nope.md) [b](#nope)\n")
            try $0.write("beginner/02-second.md", "---\ntitle: \"\"\n---\nNo title\n")
        }
        #expect(errors.count == 4)
    }

    @Test func fileNamesThatAreNotUTF8AreErrorsWithTheirBytesShown() async throws {
        let errors = try await diagnostics { site in
            func create(_ name: [UInt8], folder: Bool) {
                let path = Array(site.content.path.utf8) + [UInt8(ascii: "/")] + name + [0]
                path.withUnsafeBufferPointer { buffer in
                    buffer.withMemoryRebound(to: CChar.self) { chars in
                        if folder {
                            mkdir(chars.baseAddress!, 0o755)
                        } else {
                            let descriptor = open(chars.baseAddress!, O_WRONLY | O_CREAT, 0o644)
                            _ = "# Caf\u{E9}\n".withCString { write(descriptor, $0, strlen($0)) }
                            close(descriptor)
                        }
                    }
                }
            }
            create(Array("caf".utf8) + [0xE9] + Array(".md".utf8), folder: false)  // Latin-1 é
            create(Array("beginner/03-".utf8) + [0xFF, 0xFE] + Array(".md".utf8), folder: false)
            create(Array("r".utf8) + [0xE9] + Array("sum".utf8), folder: true)
            create(Array("beginner/ph".utf8) + [0xF6] + Array("to.png".utf8), folder: false)
        }
        let advice =
            "file name is not valid UTF-8, so its page, folder or file cannot be published; rename it (e.g. with 'convmv -f latin1 -t utf8')"
        #expect(
            errors.sorted() == [
                "Content/beginner/03-\\xFF\\xFE.md: error: \(advice)",
                "Content/beginner/ph\\xF6to.png: error: \(advice)",
                "Content/caf\\xE9.md: error: \(advice)",
                "Content/r\\xE9sum: error: \(advice)",
            ])
    }
}

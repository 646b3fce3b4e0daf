import Foundation
import KSDocsCLI

let code = await KSDocs.main(arguments: Array(CommandLine.arguments.dropFirst()))
exit(code)

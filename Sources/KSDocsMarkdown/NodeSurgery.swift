internal import CCmarkGFM

/// Changes to a parsed cmark-gfm tree: wrapping a node's content in literal HTML.
enum NodeSurgery {
    /// Replaces `node` with a custom block that prints `html` before its content and
    /// `close` after it. With `keepingChildren`, the node's children move into the block.
    @discardableResult
    static func replace(_ node: OpaquePointer, withHTML html: String, close: String, keepingChildren: Bool)
        -> OpaquePointer?
    {
        guard let block = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK) else { return nil }
        cmark_node_set_on_enter(block, html)
        cmark_node_set_on_exit(block, close)
        if keepingChildren {
            while let child = cmark_node_first_child(node) {
                cmark_node_unlink(child)
                cmark_node_append_child(block, child)
            }
        }
        cmark_node_replace(node, block)
        cmark_node_free(node)
        return block
    }

    /// Replaces a heading with the same heading carrying attributes: a custom block
    /// holding a custom inline, so no line breaks appear inside the `<hN>` element.
    static func replaceHeading(_ node: OpaquePointer, open: String, close: String) {
        guard let block = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK),
            let inline = cmark_node_new(CMARK_NODE_CUSTOM_INLINE)
        else { return }
        cmark_node_set_on_enter(block, "")
        cmark_node_set_on_exit(block, "")
        cmark_node_set_on_enter(inline, open)
        cmark_node_set_on_exit(inline, close)
        while let child = cmark_node_first_child(node) {
            cmark_node_unlink(child)
            cmark_node_append_child(inline, child)
        }
        cmark_node_append_child(block, inline)
        cmark_node_replace(node, block)
        cmark_node_free(node)
    }

    /// Removes an alert's `[!TYPE]` marker (and the line break after it) from its
    /// first paragraph, and the paragraph itself when nothing else is left in it.
    static func removeAlertMarker(_ markerNodes: [OpaquePointer], paragraph: OpaquePointer) {
        for node in markerNodes {
            cmark_node_unlink(node)
            cmark_node_free(node)
        }
        if cmark_node_first_child(paragraph) == nil {
            cmark_node_unlink(paragraph)
            cmark_node_free(paragraph)
        }
    }
}

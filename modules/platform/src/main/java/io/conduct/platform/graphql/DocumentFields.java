package io.conduct.platform.graphql;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Predicate;

import graphql.language.Field;
import graphql.language.Node;

/**
 * Counts the fields of a GraphQL document, in operations and fragments alike, for limits
 * that look at the document as written.
 */
public final class DocumentFields {

	private DocumentFields() {
	}

	public static int count(Node<?> root, Predicate<Field> matching) {
		int count = 0;
		Deque<Node<?>> pending = new ArrayDeque<>();
		pending.push(root);
		while (!pending.isEmpty()) {
			Node<?> node = pending.pop();
			if (node instanceof Field field && matching.test(field)) {
				count++;
			}
			node.getChildren().forEach(pending::push);
		}
		return count;
	}

}

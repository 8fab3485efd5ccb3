package io.conduct.platform.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.parser.Parser;
import graphql.parser.ParserEnvironment;
import graphql.parser.ParserOptions;
import io.conduct.platform.security.CurrentUser;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Checks a GraphQL request body before Spring for GraphQL reads it, in one streaming pass
 * ({@link GraphQlBody}): a JSON object with a {@code query} string, {@code variables} an
 * object and {@code operationName} a string when given, and within the bounds of
 * {@link GraphQlBodyLimits} (size, depth, longest string, longest list), so that nothing
 * is built from an oversized body. Larger bounds (an allowance) go only to the operations
 * and callers the allowance names: signed-in callers (the filter runs after
 * authentication), or callers whose variables name an active public intake. Anything else
 * gets a 400 with a classified GraphQL error instead of a 500. The body is read once,
 * already bounded by {@link RequestSizeLimitFilter}, and handed on as read.
 */
public class GraphQlRequestBodyFilter extends OncePerRequestFilter {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final String path;

	private final GraphQlBodyLimits limits;

	private final Predicate<String> activeIntakeKey;

	private final GraphQlBodyLimits.Shape ceiling;

	private final JsonFactory json;

	private final List<String> intakeKeyPath;

	/**
	 * @param path the GraphQL endpoint
	 * @param limits the bounds
	 * @param activeIntakeKey whether a key is the public intake key of an active tenant
	 */
	public GraphQlRequestBodyFilter(String path, GraphQlBodyLimits limits, Predicate<String> activeIntakeKey) {
		this.path = path;
		this.limits = limits;
		this.activeIntakeKey = activeIntakeKey;
		this.ceiling = limits.ceiling();
		this.json = GraphQlBody.factoryFor(this.ceiling);
		this.intakeKeyPath = List.of(limits.intakeKeyVariable().split("\\."));
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"POST".equals(request.getMethod()) || !this.path.equals(request.getRequestURI());
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		byte[] body = request.getInputStream().readAllBytes();
		String problem = problemWith(body);
		if (problem != null) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			response.setContentType("application/json");
			response.setCharacterEncoding(StandardCharsets.UTF_8.name());
			response.getWriter()
				.write(JSON.writeValueAsString(Map.of("errors",
						List.of(Map.of("message", problem, "extensions", Map.of("classification", "BAD_REQUEST"))))));
			return;
		}
		chain.doFilter(new ReadBody(request, body), response);
	}

	/** What is wrong with the body for the current caller; null if nothing is. */
	String problemWith(byte[] body) {
		GraphQlBody read = GraphQlBody.read(body, this.json, this.ceiling, this.intakeKeyPath);
		if (read.problem() != null) {
			return read.problem();
		}
		GraphQlBodyLimits.Shape defaults = this.limits.defaults();
		if (read.shape().fitsWithin(defaults)) {
			return null;
		}
		Set<String> rootFields = null;
		for (GraphQlBodyLimits.Allowance allowance : this.limits.allowances().values()) {
			if (!read.shape().fitsWithin(allowance.bounds(this.limits)) || !admits(allowance, read)) {
				continue;
			}
			if (rootFields == null) {
				rootFields = rootFieldsOf(read);
			}
			if (!rootFields.isEmpty() && allowance.operations().containsAll(rootFields)) {
				return null;
			}
		}
		return read.shape().excessOver(defaults);
	}

	private boolean admits(GraphQlBodyLimits.Allowance allowance, GraphQlBody read) {
		boolean signedIn = CurrentUser.authentication().isPresent();
		if (signedIn) {
			return allowance.callers().contains(GraphQlBodyLimits.Caller.SIGNED_IN);
		}
		return allowance.callers().contains(GraphQlBodyLimits.Caller.PUBLIC_INTAKE) && read.intakeKey() != null
				&& this.activeIntakeKey.test(read.intakeKey());
	}

	/**
	 * The root fields the request's operation selects; empty when it cannot tell (the
	 * document does not parse, names no single operation, or selects through fragments).
	 */
	private static Set<String> rootFieldsOf(GraphQlBody read) {
		Document document;
		try {
			document = Parser.parse(ParserEnvironment.newParserEnvironment()
				.document(read.query())
				.parserOptions(ParserOptions.getDefaultOperationParserOptions())
				.build());
		}
		catch (RuntimeException ex) {
			return Set.of();
		}
		List<OperationDefinition> operations = document.getDefinitionsOfType(OperationDefinition.class)
			.stream()
			.filter((o) -> read.operationName() == null || read.operationName().equals(o.getName()))
			.toList();
		if (operations.size() != 1) {
			return Set.of();
		}
		Set<String> names = new HashSet<>();
		for (Selection<?> selection : operations.get(0).getSelectionSet().getSelections()) {
			if (!(selection instanceof Field field)) {
				return Set.of();
			}
			names.add(field.getName());
		}
		return names;
	}

	private static final class ReadBody extends HttpServletRequestWrapper {

		private final byte[] body;

		ReadBody(HttpServletRequest request, byte[] body) {
			super(request);
			this.body = body;
		}

		@Override
		public ServletInputStream getInputStream() {
			ByteArrayInputStream bytes = new ByteArrayInputStream(this.body);
			return new ServletInputStream() {

				@Override
				public int read() {
					return bytes.read();
				}

				@Override
				public int read(byte[] buffer, int offset, int length) {
					return bytes.read(buffer, offset, length);
				}

				@Override
				public boolean isFinished() {
					return bytes.available() == 0;
				}

				@Override
				public boolean isReady() {
					return true;
				}

				@Override
				public void setReadListener(ReadListener listener) {
					throw new UnsupportedOperationException("Blocking reads only");
				}

			};
		}

		@Override
		public int getContentLength() {
			return this.body.length;
		}

		@Override
		public long getContentLengthLong() {
			return this.body.length;
		}

	}

}

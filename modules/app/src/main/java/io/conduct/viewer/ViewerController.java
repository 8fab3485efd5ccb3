package io.conduct.viewer;

import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
class ViewerController {

	private final ViewerService viewers;

	ViewerController(ViewerService viewers) {
		this.viewers = viewers;
	}

	@QueryMapping
	Viewer viewer() {
		return this.viewers.currentViewer();
	}

}

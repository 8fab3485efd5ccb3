package io.conduct.waivers;

/**
 * The Code's two routes for a waiver request, chosen by the requester's person type
 * (data: {@code waivers/approval-routes.json}).
 */
enum WaiverRoute {

	/**
	 * Employees and officers: the immediate supervisor agrees, then the CFO/CAO approves.
	 */
	SUPERVISOR_THEN_CFO_CAO,

	/**
	 * Executive officers and directors: they ask the CFO/CAO, only the Board decides, and
	 * a waiver granted is publicly disclosed.
	 */
	BOARD_THROUGH_CFO_CAO

}

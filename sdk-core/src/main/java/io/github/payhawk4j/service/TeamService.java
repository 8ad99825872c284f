package io.github.payhawk4j.service;

import io.github.payhawk4j.model.team.NewTeamMember;
import io.github.payhawk4j.model.team.Team;
import io.github.payhawk4j.model.team.TeamMember;
import io.github.payhawk4j.model.team.TeamMemberPatch;
import io.github.payhawk4j.model.team.TeamPatch;

import java.util.List;
import java.util.function.Consumer;

/**
 * The teams of one account ({@code client.teams()}, {@code client.account(id).teams()}) or of one group of
 * accounts ({@code client.group(id).teams()}), and their members: the same calls in both scopes.
 * {@code client.async()} makes the same calls without blocking. Thread-safe.
 *
 * <p>An interface to call, not to implement: later versions add methods to it.
 */
public interface TeamService {

    /** This service with other settings for its calls (timeout, retries), layered over this view's. */
    TeamService withOptions(Consumer<RequestOptions.Builder> options);

    /** The same calls, each returning the {@link RawResponse}: status, headers and request id with the value. */
    WithRawResponse withRawResponse();

    /**
     * Every team of the scope (Payhawk returns them in one response, without paging).
     *
     * @throws io.github.payhawk4j.error.IncompleteListException if the response says it holds fewer than all
     */
    List<Team> list();

    /**
     * Creates a team and returns it with its id and hierarchy.
     *
     * @throws IllegalArgumentException if {@code team} has no name, before anything is sent
     */
    Team create(TeamPatch team);

    /** The team with {@code teamId}. */
    Team get(String teamId);

    /** Changes the fields {@code patch} sets (and clears) of the team with {@code teamId}; returns the team after it. */
    Team update(String teamId, TeamPatch patch);

    /** Deletes the team with {@code teamId}. */
    void delete(String teamId);

    /**
     * Every member of the team with {@code teamId}, with their roles (one response, without paging).
     *
     * @throws io.github.payhawk4j.error.IncompleteListException if the response says it holds fewer than all
     */
    List<TeamMember> listMembers(String teamId);

    /** Adds a user to the team with {@code teamId} with the roles {@code member} gives; returns the member. */
    TeamMember addMember(String teamId, NewTeamMember member);

    /** The member {@code memberId} (their user id) of the team with {@code teamId}. */
    TeamMember getMember(String teamId, String memberId);

    /** Replaces the roles of the member {@code memberId} of the team with {@code teamId}; returns the member. */
    TeamMember updateMember(String teamId, String memberId, TeamMemberPatch patch);

    /** Removes the member {@code memberId} from the team with {@code teamId}; the user stays in Payhawk. */
    void removeMember(String teamId, String memberId);

    /** The calls of {@link TeamService}, each returning the response with its value. */
    interface WithRawResponse {

        /** {@link TeamService#list}, with the response. */
        RawResponse<List<Team>> list();

        /** {@link TeamService#create}, with the response. */
        RawResponse<Team> create(TeamPatch team);

        /** {@link TeamService#get}, with the response. */
        RawResponse<Team> get(String teamId);

        /** {@link TeamService#update}, with the response. */
        RawResponse<Team> update(String teamId, TeamPatch patch);

        /** {@link TeamService#delete}, with the response. */
        RawResponse<Void> delete(String teamId);

        /** {@link TeamService#listMembers}, with the response. */
        RawResponse<List<TeamMember>> listMembers(String teamId);

        /** {@link TeamService#addMember}, with the response. */
        RawResponse<TeamMember> addMember(String teamId, NewTeamMember member);

        /** {@link TeamService#getMember}, with the response. */
        RawResponse<TeamMember> getMember(String teamId, String memberId);

        /** {@link TeamService#updateMember}, with the response. */
        RawResponse<TeamMember> updateMember(String teamId, String memberId, TeamMemberPatch patch);

        /** {@link TeamService#removeMember}, with the response. */
        RawResponse<Void> removeMember(String teamId, String memberId);
    }
}

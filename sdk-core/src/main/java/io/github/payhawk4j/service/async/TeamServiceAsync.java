package io.github.payhawk4j.service.async;

import io.github.payhawk4j.model.team.NewTeamMember;
import io.github.payhawk4j.model.team.Team;
import io.github.payhawk4j.model.team.TeamMember;
import io.github.payhawk4j.model.team.TeamMemberPatch;
import io.github.payhawk4j.model.team.TeamPatch;
import io.github.payhawk4j.service.RawResponse;
import io.github.payhawk4j.service.RequestOptions;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * The calls of {@link io.github.payhawk4j.service.TeamService}, without blocking: each future completes
 * with the same value or fails with the same {@code PayhawkException}. Get it from
 * {@code client.async().teams()}, {@code client.async().account(id).teams()} or
 * {@code client.async().group(id).teams()}. Thread-safe.
 *
 * <p>An interface to call, not to implement: later versions add methods to it.
 */
public interface TeamServiceAsync {

    /** This service with other settings for its calls (timeout, retries), layered over this view's. */
    TeamServiceAsync withOptions(Consumer<RequestOptions.Builder> options);

    /** The same calls, each returning the {@link RawResponse}: status, headers and request id with the value. */
    WithRawResponse withRawResponse();

    /** Every team of the scope (one response, without paging). */
    CompletableFuture<List<Team>> list();

    /** Creates a team and returns it; a team without a name fails the future before anything is sent. */
    CompletableFuture<Team> create(TeamPatch team);

    /** The team with {@code teamId}. */
    CompletableFuture<Team> get(String teamId);

    /** Changes the fields {@code patch} sets (and clears) of the team with {@code teamId}; returns the team after it. */
    CompletableFuture<Team> update(String teamId, TeamPatch patch);

    /** Deletes the team with {@code teamId}. */
    CompletableFuture<Void> delete(String teamId);

    /** Every member of the team with {@code teamId}, with their roles (one response, without paging). */
    CompletableFuture<List<TeamMember>> listMembers(String teamId);

    /** Adds a user to the team with {@code teamId} with the roles {@code member} gives; returns the member. */
    CompletableFuture<TeamMember> addMember(String teamId, NewTeamMember member);

    /** The member {@code memberId} (their user id) of the team with {@code teamId}. */
    CompletableFuture<TeamMember> getMember(String teamId, String memberId);

    /** Replaces the roles of the member {@code memberId} of the team with {@code teamId}; returns the member. */
    CompletableFuture<TeamMember> updateMember(String teamId, String memberId, TeamMemberPatch patch);

    /** Removes the member {@code memberId} from the team with {@code teamId}; the user stays in Payhawk. */
    CompletableFuture<Void> removeMember(String teamId, String memberId);

    /** The calls of {@link TeamServiceAsync}, each returning the response with its value. */
    interface WithRawResponse {

        /** {@link TeamServiceAsync#list}, with the response. */
        CompletableFuture<RawResponse<List<Team>>> list();

        /** {@link TeamServiceAsync#create}, with the response. */
        CompletableFuture<RawResponse<Team>> create(TeamPatch team);

        /** {@link TeamServiceAsync#get}, with the response. */
        CompletableFuture<RawResponse<Team>> get(String teamId);

        /** {@link TeamServiceAsync#update}, with the response. */
        CompletableFuture<RawResponse<Team>> update(String teamId, TeamPatch patch);

        /** {@link TeamServiceAsync#delete}, with the response. */
        CompletableFuture<RawResponse<Void>> delete(String teamId);

        /** {@link TeamServiceAsync#listMembers}, with the response. */
        CompletableFuture<RawResponse<List<TeamMember>>> listMembers(String teamId);

        /** {@link TeamServiceAsync#addMember}, with the response. */
        CompletableFuture<RawResponse<TeamMember>> addMember(String teamId, NewTeamMember member);

        /** {@link TeamServiceAsync#getMember}, with the response. */
        CompletableFuture<RawResponse<TeamMember>> getMember(String teamId, String memberId);

        /** {@link TeamServiceAsync#updateMember}, with the response. */
        CompletableFuture<RawResponse<TeamMember>> updateMember(String teamId, String memberId, TeamMemberPatch patch);

        /** {@link TeamServiceAsync#removeMember}, with the response. */
        CompletableFuture<RawResponse<Void>> removeMember(String teamId, String memberId);
    }
}
